import { describe, expect, it } from "vitest";
import { readSourceFile } from "../../src/content/yamlSource";

const FILE = "content/meetings/2017-09-07-cype/02-average-caseload.md";
/** The sample's average caseload file, cut to its trend, with one figure typed as the case says. */
const withFigure = (row: string) =>
  ["---", "id: average-caseload", "trend:", "  - { period: 2017-05, result: 23.8, target: 18.0, rating: Red }", `  - ${row}`, "---", "Commentary."].join("\n");

describe("figures typed as a paper prints them", () => {
  it.each([
    [
      "{ period: 2017-06, result: 1,234, target: 18.0 }",
      "trend[1].result",
      32,
      "found 1,234: a figure with a thousands separator",
      "write it without the comma: 1234",
    ],
    [
      "{ period: 2017-06, result: 24.6, target: 1,000.5 }",
      "trend[1].target",
      46,
      "found 1,000.5: a figure with a thousands separator",
      "write it without the comma: 1000.5",
    ],
    ["{ period: 2017-06, result: 80,4, target: 18.0 }", "trend[1].result", 32, "found 80,4: a decimal comma", "write the decimal point as a full stop: 80.4"],
    [
      "{ period: 2017-06, result: -, target: 18.0 }",
      "trend[1].result",
      32,
      'found "-" where a figure goes',
      "leave it empty, or write null, when there is no figure",
    ],
    ["{ period: 2017-06, result: n/a, target: 18.0 }", "trend[1].result", 32, 'found "n/a" where a figure goes', "write null"],
    ["{ period: 2017-06, result: TBC, target: 18.0 }", "trend[1].result", 32, 'found "TBC" where a figure goes', "write null"],
    ['{ period: 2017-06, result: "TBC", target: 18.0 }', "trend[1].result", 33, 'found "TBC" where a figure goes', "write null"],
  ])("%s: %s", (row, field, column, message, hint) => {
    const { problems } = readSourceFile(FILE, withFigure(row));
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ file: FILE, line: 5, column, field });
    expect(problem!.message).toContain(message);
    expect(problem!.hint).toContain(hint);
    // Never the misleading advice the YAML library's reading gave: a field named "234", or delete the line.
    expect(`${problem!.message} ${problem!.hint}`).not.toMatch(/234"|delete the line|Block collections/);
  });

  it("names each of several at once, in block style too", () => {
    const text = ["---", "trend:", "  - period: 2017-05", "    result: 2,500", "  - period: 2017-06", "    result: n/a", "    target: 12,5", "---", ""].join(
      "\n",
    );
    const { problems } = readSourceFile(FILE, text);
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [4, "trend[0].result"],
      [6, "trend[1].result"],
      [7, "trend[1].target"],
    ]);
  });

  it("leaves figures written plainly, and empty or null ones, alone", () => {
    for (const row of [
      "{ period: 2017-06, result: 24.6, target: 18.0 }",
      "{ period: 2017-06, result: null, target: 18.0 }",
      "{ period: 2017-06, result: , target: 18.0 }",
      "{ period: 2017-06, result: -3.5, target: 0 }",
    ]) {
      expect(readSourceFile(FILE, withFigure(row)).problems, row).toEqual([]);
    }
  });
});
