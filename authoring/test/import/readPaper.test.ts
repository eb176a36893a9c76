/**
 * Reading a paper's text: the PDF's artefacts repaired, and anything unreadable reported at its line with what was
 * expected there. The fixtures under authoring/test/fixtures/import/ are copies of the seed with one fault each.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { committeeShortName, recordedId, titleSlug } from "../../import/indicatorIds";
import { paperLines, paragraphs } from "../../import/paperText";
import { readPaper } from "../../import/parsePaper";
import { FIXTURES, SEED } from "./helpers";

const seed = readFileSync(SEED, "utf8");
const lines = (text: string) => text.split("\n").map((line, index) => ({ n: index + 1, text: line }));
/** The seed with one passage replaced; fails loudly if the passage is not there. */
const edit = (from: string, to: string) => {
  expect(seed).toContain(from);
  return seed.replace(from, to);
};
const indicator = (text: string, index: number) => {
  const read = readPaper(text);
  if (!read.paper) throw new Error(JSON.stringify(read.problems));
  return read.paper.indicators[index]!;
};

describe("PDF artefacts", () => {
  it("page furniture and lines of only spaces read as empty; table rows keep their blank cells", () => {
    const read = paperLines("This page is intentionally left blank\n \n7\nPage 3 of 16\nKCC Result\t\t62.3%\t\t\nText  ");
    expect(read).toEqual([
      { n: 1, text: "" },
      { n: 2, text: "" },
      { n: 3, text: "" },
      { n: 4, text: "" },
      { n: 5, text: "KCC Result\t\t62.3%\t\t" },
      { n: 6, text: "Text" },
    ]);
  });

  it("a paragraph cut by a page break joins the next with a space", () => {
    expect(paragraphs(lines("Once this has been achieved performance will improve to\n\nachieve previous levels.\n\nNext paragraph."))).toEqual([
      "Once this has been achieved performance will improve to achieve previous levels.",
      "Next paragraph.",
    ]);
  });

  it("the join happens across a page number and a blank-page notice too", () => {
    expect(
      paragraphs(
        lines("will improve to\n\n16\n\nThis page is intentionally left blank\n\nachieve previous levels.").map((line) => ({
          ...line,
          text: paperLines(line.text)[0]!.text,
        })),
      ),
    ).toEqual(["will improve to achieve previous levels."]);
  });

  it("paragraphs ending in a full stop, question mark, colon or closing bracket after a stop stay apart", () => {
    expect(paragraphs(lines("One.\n\nTwo?\n\nThree:\n\n(Four.)\n\nFive"))).toEqual(["One.", "Two?", "Three:", "(Four.)", "Five"]);
  });

  it("the lines of one paragraph are joined, bullets become a list, markdown characters are escaped", () => {
    expect(paragraphs(lines("A paragraph wrapped\nover two lines.\n\n• first point\n• second point\ncontinued\n\n*Not* emphasis_here."))).toEqual([
      "A paragraph wrapped over two lines.",
      "- first point\n- second point continued",
      "\\*Not\\* emphasis\\_here.",
    ]);
  });

  it("the seed's three split paragraphs are joined in the imported commentary", () => {
    const read = readPaper(seed);
    const commentary = read.paper!.indicators.map((i) => i.commentary).join("\n\n");
    expect(commentary).toContain("The Lead CCG Commissioner has agreed additional resourcing and contract monitoring");
    expect(commentary).toContain("performance against this measure will improve to achieve previous levels.");
    expect(commentary).toContain("providing a total completion rate of 89.7%.");
    expect(commentary).not.toMatch(/agreed\n|improve to\n|providing a\n/);
  });

  it("the signature image's description, the blank page and the stray spaces do not reach the files", () => {
    const read = readPaper(seed);
    const all = [read.paper!.coveringNote, ...read.paper!.indicators.map((i) => i.commentary)].join("\n");
    expect(all).not.toMatch(/handwritten signature|intentionally left blank|\n \n/);
  });

  it("Windows line ends read the same", () => {
    const crlf = readPaper(seed.replace(/\n/g, "\r\n"));
    expect(crlf).toEqual(readPaper(seed));
  });

  it("a title or a data note wrapped over two lines reads as one", () => {
    const wrapped = edit("for those with an agency decision\n", "for those with\nan agency decision\n").replace(
      "70% to 80% = Amber, 80% and above = Green)",
      "70% to 80% = Amber,\n80% and above = Green)",
    );
    expect(indicator(wrapped, 0)).toEqual(indicator(seed, 0));
  });
});

describe("broken papers are reported at the line, with what was expected", () => {
  const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");
  const cases = [
    {
      name: "truncated.txt",
      fault: "the paper stops after the last indicator's Target row",
      line: 251,
      message: 'expected a "RAG Rating" row after the "Target" row (line 250), but the paper ends there',
      before: "Target\t90.0%\t90.0%\t90.0%\t90.0%",
    },
    {
      name: "garbled-missing-rag-row.txt",
      fault: "the Average Caseload RAG Rating row (line 80) is missing",
      line: 82,
      message: 'expected a "RAG Rating" row after the "Target" row (line 79), found "Commentary"',
      at: "Commentary",
    },
    {
      name: "garbled-cell.txt",
      fault: "a letter O for a zero in a result",
      line: 144,
      message: 'cannot read "8O.9%" in the "KCC Result" row (May 2017): expected a figure such as "68.6%", "22.0" or "14", or a blank cell for no data',
      at: "KCC Result\t87.7%\t86.8%\t8O.9%\t78.3%",
    },
    {
      name: "unreadable-bandings.txt",
      fault: "a band in words",
      line: 193,
      message:
        'cannot read the RAG bandings "More than ten = Red, 1 to 10 = Amber, 0 = Green": "More than ten" is not a band this importer can read for Red; expected e.g. "Below 70%", "70% to 80%", "80% and above", "Above 22", "18 and below" or "0"',
      at: "Target: 0 (RAG Bandings: More than ten = Red, 1 to 10 = Amber, 0 = Green)",
    },
  ];
  it.each(cases)("$name: $fault", ({ name, line, message, at, before }) => {
    const text = fixture(name);
    const read = readPaper(text);
    expect(read.paper).toBeUndefined();
    expect(read.problems).toEqual([{ line, message }]);
    const fileLines = text.split("\n");
    if (at !== undefined) expect(fileLines[line - 1]).toBe(at);
    if (before !== undefined) expect(fileLines[line - 2]).toBe(before);
  });

  it.each([
    {
      fault: "the heading rating disagrees with the latest column",
      text: () => edit("Number of unallocated cases\n\nRed\n", "Number of unallocated cases\n\nGreen\n"),
      problems: [{ line: 171, message: 'the heading rates "Number of unallocated cases" Green, but the Jun 2017 column is rated Red' }],
    },
    {
      fault: "a 2017/18 rating disagrees with the bandings",
      text: () => edit("RAG Rating\tAmber\tRed\tGreen\tRed", "RAG Rating\tAmber\tRed\tAmber\tRed"),
      problems: [
        { line: 181, message: "the paper rates May 2017 (0) Amber, but its 2017/18 bandings (Above 10 = Red, 1 to 10 = Amber, 0 = Green) rate it Green" },
      ],
    },
    {
      fault: "a 2017/18 target disagrees with the bandings",
      text: () => edit("Target\t90.0%\t85.0%\t85.0%\t85.0%", "Target\t90.0%\t85.0%\t80.0%\t85.0%"),
      problems: [{ line: 213, message: "the May 2017 target is 80.0%, but the 2017/18 bandings give a target of 85.0%" }],
    },
    {
      fault: "a row has a cell too few",
      text: () => edit("KCC Result\t1\t73\t0\t14", "KCC Result\t1\t73\t0"),
      problems: [{ line: 179, message: 'the "KCC Result" row has 3 cells but the "Trend Data" row has 4 periods; a blank cell (no data) still needs its tab' }],
    },
    {
      fault: "a rating without a result",
      text: () => edit("RAG Rating\t\tRed\tRed\tRed", "RAG Rating\tRed\tRed\tRed\tRed"),
      problems: [{ line: 251, message: "Mar 2017 is rated Red but has no result" }],
    },
    {
      fault: "the indicator's rating is missing under its title",
      text: () => edit("Number of unallocated cases\n\nRed\n", "Number of unallocated cases\n\n"),
      problems: [
        {
          line: 172,
          message: expect.stringMatching(
            /^expected the rating \(Red, Amber or Green\) after the title "Number of unallocated cases" \(line 169\), found "Cabinet Member \| Roger Gough/,
          ),
        },
      ],
    },
    {
      fault: "a Data Notes heading is missing",
      text: () => edit("Data Notes\n\nTarget: 0 (RAG", "Target: 0 (RAG"),
      problems: [
        {
          line: 200,
          message: expect.stringMatching(
            /^expected a "Data Notes" heading after the commentary of "Number of unallocated cases" \(line 183\), but the next indicator, "% of Returner Interviews/,
          ),
        },
      ],
    },
    {
      fault: "the tolerance is worded some other way",
      text: () =>
        edit(
          "Tolerance: Lower values are better\n\n \nData: Figures shown are based on a snapshot as at the end of the reporting month\n\nData Source: Liberi\n\n%",
          "Tolerance: Smaller is nicer\n\n \nData: Figures shown are based on a snapshot as at the end of the reporting month\n\nData Source: Liberi\n\n%",
        ),
      problems: [{ line: 195, message: 'cannot read the tolerance "Smaller is nicer": expected "Higher values are better" or "Lower values are better"' }],
    },
    {
      fault: "a period cannot be read",
      text: () =>
        edit(
          "Trend Data – Month End\tMar 2017\tApr 2017\tMay 2017\tJun 2017\nKCC Result\t22.0",
          "Trend Data – Month End\tMar 2017\tApr 2017\tMay 2O17\tJun 2017\nKCC Result\t22.0",
        ),
      problems: [
        {
          line: 77,
          message:
            'cannot read a period in the "Trend Data" row: found "May 2O17", expected a month such as "2017-06", a quarter such as "Q1 2017/18", ' +
            'a half-year such as "H1 2017/18", a financial year such as "2017/18" or a calendar year such as "2017"',
        },
      ],
    },
    {
      fault: "the meeting's weekday is wrong for its date",
      text: () => edit("THURSDAY, 7", "FRIDAY, 7"),
      problems: [{ line: 16, message: "the heading dates the meeting FRIDAY, 7 SEPTEMBER 2017, but that date is a Thursday" }],
    },
    {
      fault: "the letter date cannot be read",
      text: () => edit("Date: 05 Sept 2017", "Date: 35 Sept 2017"),
      problems: [{ line: 12, message: `cannot read the letter's date "35 Sept 2017": expected a date such as "05 Sept 2017"` }],
    },
    {
      fault: "no indicator at all",
      text: () => seed.slice(0, seed.indexOf("This page is intentionally")),
      problems: [{ line: 33, message: 'found no indicator: expected an indicator title, then its rating (Red, Amber or Green), then a "Cabinet Member" row' }],
    },
  ])("$fault", ({ text, problems }) => {
    expect(readPaper(text()).problems).toEqual(problems);
  });

  it("reports every broken indicator, not only the first", () => {
    const text = edit("KCC Result\t22.0\t23.4", "KCC Result\t22.0\tx").replace("KCC Result\t1\t73", "KCC Result\t1\ty");
    expect(readPaper(text).problems.map((problem) => problem.line)).toEqual([78, 179]);
  });
});

describe("units from the figures as printed", () => {
  it("a whole-number table under a title that is not 'Number of …' is a number with no decimals", () => {
    const text = edit("KCC Result\t22.0\t23.4\t23.8\t24.6\nTarget\t18.0\t18.0\t18.0\t18.0", "KCC Result\t22\t23\t24\t25\nTarget\t18\t18\t18\t18");
    const front = indicator(text, 1).front;
    expect([front.unit, front.decimalPlaces]).toEqual(["number", 0]);
    // A "Number of …" title makes whole figures a count, which cannot go below 0.
    const count = indicator(seed, 4).front;
    expect([count.unit, count.decimalPlaces]).toEqual(["count", 0]);
  });

  it("'Number of …' with figures like 22.0 is a number with one decimal", () => {
    const front = indicator(edit("Average Caseload of Social Workers in CSWTs", "Number of cases per Social Worker"), 1).front;
    expect([front.unit, front.decimalPlaces]).toEqual(["number", 1]);
  });

  it("percentages take their decimal places from the figures", () => {
    const text = edit(
      "KCC Result\t87.4%\t86.9%\t86.1%\t83.8%\nTarget\t90.0%\t90.0%\t90.0%\t90.0%",
      "KCC Result\t87.45%\t86.9%\t86.1%\t83.8%\nTarget\t90%\t90%\t90%\t90%",
    );
    const front = indicator(text, 2).front;
    expect([front.unit, front.decimalPlaces]).toEqual(["percentage", 2]);
    expect(front.trend[0]).toEqual({ period: "2017-03", result: 87.45, target: 90, rating: "Amber" });
  });

  it("a table mixing percentages and plain figures is refused", () => {
    expect(readPaper(edit("KCC Result\t22.0\t23.4", "KCC Result\t22.0%\t23.4")).problems).toEqual([
      { line: 78, message: 'the table mixes percentages and plain figures ("22.0%" and "23.4")' },
    ]);
  });

  it("quarters are read as quarters", () => {
    const text = seed.replaceAll(
      "Trend Data – Month End\tMar 2017\tApr 2017\tMay 2017\tJun 2017",
      "Trend Data – Quarter End\tQ4 2016/17\tQ1 2017/18\tQ2 2017/18\tQ3 2017/18",
    );
    expect(indicator(text, 0).front.trend.map((row) => row.period)).toEqual(["Q4 2016/17", "Q1 2017/18", "Q2 2017/18", "Q3 2017/18"]);
  });
});

describe("ids and folder names", () => {
  it("titles on record have their ids, loosely matched", () => {
    expect(recordedId("Number of unallocated cases")).toBe("unallocated-cases");
    expect(recordedId("  number of  unallocated cases ")).toBe("unallocated-cases");
    expect(recordedId("Number of allocated cases")).toBeUndefined();
  });

  it.each([
    ["Number of unallocated cases", "unallocated-cases"],
    ["% of Returner Interviews completed within 3 working days", "returner-interviews-completed-within-3"],
    ["Average Caseload of Social Workers in CSWTs", "average-caseload-social-workers-cswts"],
    ["Children's Centre registrations", "childrens-centre-registrations"],
  ])("a title without an id on record: %s → %s", (title, id) => {
    expect(titleSlug(title)).toBe(id);
  });

  it("the committee's short name is its initials", () => {
    expect(committeeShortName("Children's, Young People and Education Cabinet Committee")).toBe("cype");
    expect(committeeShortName("Growth, Economic Development and Communities Cabinet Committee")).toBe("gedc");
    expect(committeeShortName("Scrutiny Committee")).toBe("scrutiny");
  });
});
