/**
 * The writer and the reader agree on every field of the content model: what serialiseIndicator writes, the data
 * step's reader reads back as the very front matter it was given, with the site's owner roles.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { OwnerRole } from "../../../src/content/ownerRoles";
import { readMeetings } from "../../../src/content/readContent";
import { indicatorSchema, indicatorSchemaFor, type IndicatorFrontMatter, type MeetingFrontMatter } from "../../../src/content/schema";
import { validateFrontMatter } from "../../../src/content/validate";
import { readSourceFile } from "../../../src/content/yamlSource";
import { serialiseIndicator, serialiseMeeting, trendRowText } from "../../import/serialise";
import { cleanUp, tempDir } from "./helpers";

afterAll(cleanUp);

const ROLES: readonly OwnerRole[] = [
  { field: "service", label: "Service" },
  { field: "leadOfficer", label: "Lead officer" },
];
const schema = indicatorSchemaFor(ROLES.map((role) => role.field));
/** An indicator's front matter with this site's owner fields. */
type SiteIndicator = IndicatorFrontMatter & { service?: string; leadOfficer?: string };

/** A quarterly year-to-date money indicator using every optional field but the unit label. */
const SPENDING = {
  id: "temporary-accommodation-spend",
  title: "Spending on temporary accommodation (year to date)",
  scorecard: "Housing",
  kind: "performance",
  service: "Housing Options",
  leadOfficer: "Jo Bloggs: Head of Housing",
  unit: "money",
  moneyIn: "thousands",
  decimalPlaces: 0,
  targetDecimalPlaces: 1,
  polarity: "lower-is-better",
  bandings: [{ financialYear: "2017/18", target: 112.5, tolerancePercent: 10 }],
  dataBasis: "year-to-date",
  dataSource: "Finance ledger, as at the quarter's end",
  outturns: [
    { financialYear: "2015/16", result: 402 },
    { financialYear: "2016/17", result: 455 },
  ],
  benchmarks: [
    {
      name: "Statistical neighbours' average",
      kind: "statistical-neighbours-average",
      source: "DLUHC, Revenue outturn 2016/17",
      values: [
        { period: "2016/17", value: 430 },
        { period: "Q1 2017/18", value: 101.25 },
      ],
    },
    { name: "Spend per household, quartile", kind: "quartile", values: [{ period: "2016/17", quartile: 2 }] },
  ],
  expectedRanges: [],
  trend: [
    { period: "Q3 2016/17", result: 340, unrated: true },
    { period: "Q4 2016/17", result: 455, samePeriodLastYear: 402, directionOfTravel: "worsening", unrated: true },
    { period: "Q1 2017/18", result: 118, target: 112.5, rating: "Amber", samePeriodLastYear: 104, directionOfTravel: "worsening" },
    { period: "Q2 2017/18", result: 225, target: 225, samePeriodLastYear: 225, directionOfTravel: "no change" },
    { period: "Q3 2017/18", result: null, target: 337.5 },
  ],
} satisfies SiteIndicator;

/** An annual rate with the paper's own sentence for what it measures, and periods that must be quoted. */
const RATE = {
  id: "fly-tipping-rate",
  title: "Fly-tipping incidents per 1,000 population",
  scorecard: "Environment",
  kind: "activity",
  service: "Street Scene",
  unit: "rate",
  unitLabel: "per 1,000 population",
  decimalPlaces: 2,
  polarity: "neither",
  bandings: [],
  dataBasis: "other",
  dataBasisText: "Incidents reported in the calendar year: the April figure includes the spring clean-up.",
  dataSource: "WasteDataFlow",
  outturns: [],
  benchmarks: [{ name: "England average", kind: "england-average", values: [{ period: "2016", value: 17.5 }] }],
  expectedRanges: [{ financialYear: "2016/17", lower: 12, upper: 20 }],
  trend: [
    { period: "2016", result: 18.25 },
    { period: "2017", result: -0.5 },
  ],
} satisfies SiteIndicator;

function readBack(text: string, indicator = schema) {
  const { source, problems } = readSourceFile("indicator.md", text);
  expect(problems).toEqual([]);
  const checked = validateFrontMatter(source!, indicator);
  expect(checked.problems).toEqual([]);
  return { front: checked.value, body: source!.body };
}

describe("serialiseIndicator writes every field of the content model", () => {
  it.each([
    ["a quarterly year-to-date money indicator with outturns and benchmarks", SPENDING],
    ["an annual rate with a data basis in the paper's words", RATE],
  ])("%s: read back through the schema with the site's owner roles, it is the same front matter", (_name, front) => {
    const text = serialiseIndicator(front, "The commentary.", ROLES);
    const read = readBack(text);
    expect(read.front).toEqual(front);
    expect(read.body).toBe("The commentary.\n");
    // Written again from what was read, byte for byte the same.
    expect(serialiseIndicator(read.front!, read.body, ROLES)).toBe(text);
  });

  it("in the house style: fields in schema order, benchmarks as blocks, rows and values one line each, targets at their own precision", () => {
    expect(serialiseIndicator(SPENDING, "The commentary.", ROLES)).toBe(
      [
        "---",
        "id: temporary-accommodation-spend",
        "title: Spending on temporary accommodation (year to date)",
        "scorecard: Housing",
        "kind: performance",
        "service: Housing Options",
        'leadOfficer: "Jo Bloggs: Head of Housing"',
        "unit: money",
        "moneyIn: thousands",
        "decimalPlaces: 0",
        "targetDecimalPlaces: 1",
        "polarity: lower-is-better",
        "bandings:",
        "  - financialYear: 2017/18",
        "    target: 112.5",
        "    tolerancePercent: 10",
        "dataBasis: year-to-date",
        "dataSource: Finance ledger, as at the quarter's end",
        "outturns:",
        "  - { financialYear: 2015/16, result: 402 }",
        "  - { financialYear: 2016/17, result: 455 }",
        "benchmarks:",
        "  - name: Statistical neighbours' average",
        "    kind: statistical-neighbours-average",
        "    source: DLUHC, Revenue outturn 2016/17",
        "    values:",
        "      - { period: 2016/17, value: 430 }",
        "      - { period: Q1 2017/18, value: 101.25 }",
        "  - name: Spend per household, quartile",
        "    kind: quartile",
        "    values:",
        "      - { period: 2016/17, quartile: 2 }",
        "trend:",
        "  - { period: Q3 2016/17, result: 340, unrated: true }",
        "  - { period: Q4 2016/17, result: 455, samePeriodLastYear: 402, directionOfTravel: worsening, unrated: true }",
        "  - { period: Q1 2017/18, result: 118, target: 112.5, rating: Amber, samePeriodLastYear: 104, directionOfTravel: worsening }",
        "  - { period: Q2 2017/18, result: 225, target: 225.0, samePeriodLastYear: 225, directionOfTravel: no change }",
        "  - { period: Q3 2017/18, result: null, target: 337.5 }",
        "---",
        "The commentary.",
        "",
      ].join("\n"),
    );
    const rate = serialiseIndicator(RATE, "", ROLES);
    expect(rate).toContain("\nunit: rate\nunitLabel: per 1,000 population\ndecimalPlaces: 2\n");
    expect(rate).toContain('\ndataBasis: other\ndataBasisText: "Incidents reported in the calendar year: the April figure includes the spring clean-up."\n');
    expect(rate).toContain('\n  - { period: "2017", result: -0.50 }\n');
    expect(rate).not.toContain("outturns");
    expect(rate).not.toContain("leadOfficer");
  });

  it("writes Kent's four owner roles in the order its files have, and a site's own roles in the site's order", () => {
    const kent = { ...RATE, service: undefined, portfolio: "P", cabinetMember: "C", director: "D", division: "V" };
    const { service: _service, ...withoutService } = kent;
    const owners = (text: string) => text.split("\n").filter((line) => /^(portfolio|cabinetMember|director|division|service|leadOfficer):/.test(line));
    expect(owners(serialiseIndicator(withoutService, ""))).toEqual(["portfolio: P", "cabinetMember: C", "director: D", "division: V"]);
    expect(readBack(serialiseIndicator(withoutService, ""), indicatorSchema).front).toEqual(withoutService);
    const reversed = [...ROLES].reverse();
    expect(owners(serialiseIndicator(SPENDING, "", reversed))).toEqual(['leadOfficer: "Jo Bloggs: Head of Housing"', "service: Housing Options"]);
  });

  it("writes a trend row's target at the target's precision, and the row's other figures at the results'", () => {
    expect(trendRowText({ period: "2017-07", result: 76 }, 1)).toBe("{ period: 2017-07, result: 76.0 }");
    expect(trendRowText({ period: "Q1 2017/18", result: 112, target: 112.5, samePeriodLastYear: 110 }, 0, 1)).toBe(
      "{ period: Q1 2017/18, result: 112, target: 112.5, samePeriodLastYear: 110 }",
    );
  });
});

describe("a meeting folder written by the tools", () => {
  it("is read by the data step's reader, with the site's owner roles, as the front matter it was written from", async () => {
    const root = await tempDir();
    const folder = path.join(root, "content", "meetings", "2017-10-05-housing");
    await mkdir(folder, { recursive: true });
    const meeting: MeetingFrontMatter = {
      committee: "Housing Committee",
      date: "2017-10-05",
      agendaItem: 7,
      agendaTitle: "Performance report",
      scorecards: ["Housing", "Environment"],
      status: "draft",
      errata: [],
    };
    await writeFile(path.join(folder, "meeting.md"), serialiseMeeting(meeting, "The covering note."));
    await writeFile(path.join(folder, "01-spending.md"), serialiseIndicator(SPENDING, "The commentary.", ROLES));
    await writeFile(path.join(folder, "02-fly-tipping.md"), serialiseIndicator(RATE, "The commentary.", ROLES));
    const read = await readMeetings(path.join(root, "content", "meetings"), root, { ownerRoles: ROLES });
    expect(read.problems).toEqual([]);
    expect(read.meetings[0]!.front).toEqual(meeting);
    expect(read.meetings[0]!.indicators.map((indicator) => indicator.front)).toEqual([SPENDING, RATE]);
  });
});
