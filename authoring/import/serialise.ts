/**
 * Writes meeting.md and indicator files in the committed house style, so an imported meeting and a hand-typed one
 * look the same and a re-import reproduces the files byte for byte. Both `npm run import` and
 * `npm run import-results` write through this module.
 *
 * The style: fields in schema order, plain YAML scalars wherever they read back as the same text (quoted with
 * double quotes otherwise), two-space indents, one flow-style line per trend row, outturn and benchmark value with
 * figures at the indicator's published precision (targets at targetDecimalPlaces when it is given), then the markdown
 * body ending in a single newline. Fields left out of the front matter (an empty list, an optional field not given)
 * are not written.
 */
import { parse } from "yaml";
import { DEFAULT_OWNER_ROLES, type OwnerRole } from "../../src/content/ownerRoles";
import type { BandingsFrontMatter, IndicatorFrontMatter, MeetingFrontMatter, TrendRowFrontMatter } from "../../src/content/schema";
import { decimalPlacesOf } from "../../src/domain/units";

/** Characters that may not open a plain YAML scalar. */
/** A bandings entry's own fields; every other text field is a rating's band. */
const ENTRY_FIELDS = new Set([
  "financialYear",
  "target",
  "floor",
  "tolerancePercent",
  "tolerancePoints",
  "toleranceUnits",
  "profiled",
  "outsideTolerance",
  "legend",
]);
const INDICATORS = /^[-?:,[\]{}#&*!|>'"%@`\s]/;

/**
 * A string as a YAML scalar: plain when it reads back as exactly the same string, double-quoted otherwise.
 * @example yamlString("Liberi") // "Liberi"
 * @example yamlString("0") // '"0"'
 * @example yamlString("% of CIN with a CIN Plan in place") // '"% of CIN with a CIN Plan in place"'
 */
export function yamlString(value: string, context: "block" | "flow" = "block"): string {
  if (value !== "" && !INDICATORS.test(value) && !/\s$/.test(value) && !/[\n\r\t]/.test(value)) {
    try {
      const read = context === "block" ? parse(`k: ${value}\n`) : parse(`{ k: ${value} }\n`);
      if (read && typeof read === "object" && (read as { k?: unknown }).k === value) return value;
    } catch {
      // Not readable as a plain scalar: quote it.
    }
  }
  return JSON.stringify(value);
}

/**
 * A figure at the indicator's published precision ("75.0" for 75 at one decimal place), or as written when it has
 * more decimals than that (so the data step, not the writer, reports it).
 * @example figure(75, 1) // "75.0"
 */
export function figure(value: number | null, decimals: number): string {
  if (value === null) return "null";
  return decimalPlacesOf(value) <= decimals ? value.toFixed(decimals) : String(value);
}

/**
 * One trend row as the one-line flow mapping the tools write: period, result, target, rating, then the paper's
 * comparisons and markers. Results and the same period last year at `decimals`, the target at `targetDecimals`.
 * @example trendRowText({ period: "2017-07", result: 76 }, 1) // "{ period: 2017-07, result: 76.0 }"
 * @example trendRowText({ period: "Q1 2017/18", result: 112, target: 112.5 }, 0, 1) // "{ period: Q1 2017/18, result: 112, target: 112.5 }"
 */
export function trendRowText(row: TrendRowFrontMatter, decimals: number, targetDecimals = decimals): string {
  const parts = [`period: ${yamlString(row.period, "flow")}`, `result: ${figure(row.result, decimals)}`];
  if (row.target !== undefined) parts.push(`target: ${figure(row.target, targetDecimals)}`);
  if (row.rating !== undefined) parts.push(`rating: ${row.rating}`);
  if (row.samePeriodLastYear !== undefined) parts.push(`samePeriodLastYear: ${figure(row.samePeriodLastYear, decimals)}`);
  if (row.directionOfTravel !== undefined) parts.push(`directionOfTravel: ${yamlString(row.directionOfTravel, "flow")}`);
  if (row.unrated !== undefined) parts.push(`unrated: ${row.unrated}`);
  return `{ ${parts.join(", ")} }`;
}

function bandingsEntry(entry: BandingsFrontMatter): string[] {
  const lines = [`  - financialYear: ${yamlString(entry.financialYear)}`];
  // A profiled entry may give no target for the year: each period has its own.
  if (entry.target !== undefined) lines.push(`    target: ${entry.target}`);
  // A band per rating, by the status's id in the site's scheme, worst first as the schema reads them.
  for (const [key, text] of Object.entries(entry)) {
    if (!ENTRY_FIELDS.has(key) && typeof text === "string") lines.push(`    ${key}: ${yamlString(text)}`);
  }
  for (const key of ["floor", "tolerancePercent", "tolerancePoints", "toleranceUnits"] as const) {
    if (entry[key] !== undefined) lines.push(`    ${key}: ${entry[key]}`);
  }
  if (entry.profiled) lines.push("    profiled: true");
  if (entry.legend) {
    lines.push("    legend:", ...Object.entries(entry.legend).flatMap(([key, line]) => (line === undefined ? [] : [`      ${key}: ${yamlString(line)}`])));
  }
  if (entry.outsideTolerance) {
    lines.push(
      "    outsideTolerance:",
      `      improvedOnLastYear: ${entry.outsideTolerance.improvedOnLastYear}`,
      `      otherwise: ${entry.outsideTolerance.otherwise}`,
    );
  }
  return lines;
}

/** The markdown body: paragraphs as given, ending in exactly one newline (none when there is no body). */
function body(text: string): string {
  const trimmed = text.replace(/\s+$/, "");
  return trimmed === "" ? "" : `${trimmed}\n`;
}

type Benchmark = IndicatorFrontMatter["benchmarks"][number];

function benchmarkEntry(entry: Benchmark, decimals: number): string[] {
  const lines = [`  - name: ${yamlString(entry.name)}`, `    kind: ${entry.kind}`];
  if (entry.source !== undefined) lines.push(`    source: ${yamlString(entry.source)}`);
  lines.push("    values:");
  for (const value of entry.values) {
    const parts = [`period: ${yamlString(value.period, "flow")}`];
    if (value.value !== undefined) parts.push(`value: ${figure(value.value, decimals)}`);
    if (value.quartile !== undefined) parts.push(`quartile: ${value.quartile}`);
    lines.push(`      - { ${parts.join(", ")} }`);
  }
  return lines;
}

/** Kent's four owner roles, in the order its indicator files have always written them. */
const DEFAULT_ROLES_FILE_ORDER = ["portfolio", "cabinetMember", "director", "division"];

/**
 * The owner fields in the order a file writes them: the site's role order, except that Kent's four (the default
 * roles) keep the order its files have always had.
 */
function ownerFieldOrder(ownerRoles: readonly OwnerRole[]): string[] {
  const fields = ownerRoles.map((role) => role.field);
  const defaults = new Set(DEFAULT_OWNER_ROLES.map((role) => role.field));
  return fields.length === defaults.size && fields.every((field) => defaults.has(field)) ? DEFAULT_ROLES_FILE_ORDER : fields;
}

/**
 * An indicator file: front matter in the committed style, then the commentary. `ownerRoles` are the site's (see
 * readOwnerRoles); each role the indicator names is written under its field.
 * @example serialiseIndicator(front, "The definition for this measure …")
 * @example serialiseIndicator(front, AWAITING_COMMENTARY, await readOwnerRoles("examples/riverside"))
 */
export function serialiseIndicator(front: IndicatorFrontMatter, commentary: string, ownerRoles: readonly OwnerRole[] = DEFAULT_OWNER_ROLES): string {
  const owners = front as unknown as Readonly<Record<string, unknown>>;
  const lines = [
    "---",
    `id: ${front.id}`,
    `title: ${yamlString(front.title)}`,
    `scorecard: ${yamlString(front.scorecard)}`,
    `kind: ${front.kind}`,
    ...ownerFieldOrder(ownerRoles).flatMap((field) => {
      const name = owners[field];
      return typeof name === "string" ? [`${field}: ${yamlString(name)}`] : [];
    }),
    `unit: ${front.unit}`,
  ];
  if (front.unitLabel !== undefined) lines.push(`unitLabel: ${yamlString(front.unitLabel)}`);
  if (front.moneyIn !== undefined) lines.push(`moneyIn: ${front.moneyIn}`);
  lines.push(`decimalPlaces: ${front.decimalPlaces}`);
  if (front.targetDecimalPlaces !== undefined) lines.push(`targetDecimalPlaces: ${front.targetDecimalPlaces}`);
  lines.push(`polarity: ${front.polarity}`);
  if (front.bandings.length) {
    lines.push("bandings:");
    for (const entry of front.bandings) lines.push(...bandingsEntry(entry));
  }
  lines.push(`dataBasis: ${front.dataBasis}`);
  if (front.dataBasisText !== undefined) lines.push(`dataBasisText: ${yamlString(front.dataBasisText)}`);
  lines.push(`dataSource: ${yamlString(front.dataSource)}`);
  if (front.outturns.length) {
    lines.push("outturns:");
    for (const outturn of front.outturns) {
      lines.push(`  - { financialYear: ${yamlString(outturn.financialYear, "flow")}, result: ${figure(outturn.result, front.decimalPlaces)} }`);
    }
  }
  if (front.benchmarks.length) {
    lines.push("benchmarks:");
    for (const entry of front.benchmarks) lines.push(...benchmarkEntry(entry, front.decimalPlaces));
  }
  if (front.expectedRanges.length) {
    lines.push("expectedRanges:");
    for (const range of front.expectedRanges)
      lines.push(`  - { financialYear: ${yamlString(range.financialYear, "flow")}, lower: ${range.lower}, upper: ${range.upper} }`);
  }
  lines.push("trend:");
  for (const row of front.trend) lines.push(`  - ${trendRowText(row, front.decimalPlaces, front.targetDecimalPlaces ?? front.decimalPlaces)}`);
  lines.push("---");
  return `${lines.join("\n")}\n${body(commentary)}`;
}

type Person = NonNullable<MeetingFrontMatter["contact"]>;

function person(key: string, who: Person): string[] {
  const lines = [`${key}:`, `  name: ${yamlString(who.name)}`];
  if (who.role !== undefined) lines.push(`  role: ${yamlString(who.role)}`);
  if (who.email !== undefined) lines.push(`  email: ${yamlString(who.email)}`);
  if (who.phone !== undefined) lines.push(`  phone: ${yamlString(who.phone)}`);
  return lines;
}

/**
 * A meeting.md: front matter in the committed style, then the covering note.
 * @example serialiseMeeting(front, "I am now able to enclose, …")
 */
export function serialiseMeeting(front: MeetingFrontMatter, coveringNote: string): string {
  const agendaItem = typeof front.agendaItem === "number" ? String(front.agendaItem) : yamlString(front.agendaItem);
  const lines = [
    "---",
    `committee: ${yamlString(front.committee)}`,
    `date: ${yamlString(front.date)}`,
    `agendaItem: ${agendaItem}`,
    `agendaTitle: ${yamlString(front.agendaTitle)}`,
  ];
  if (front.pages !== undefined) lines.push(`pages: ${yamlString(front.pages)}`);
  lines.push("scorecards:", ...front.scorecards.map((title) => `  - ${yamlString(title)}`));
  lines.push(`status: ${front.status}`);
  if (front.sourcePaper !== undefined) lines.push(`sourcePaper: ${yamlString(front.sourcePaper)}`);
  if (front.letterDate !== undefined) lines.push(`letterDate: ${yamlString(front.letterDate)}`);
  if (front.contact !== undefined) lines.push(...person("contact", front.contact));
  if (front.signedBy !== undefined) lines.push(...person("signedBy", front.signedBy));
  if (front.errata.length) {
    lines.push("errata:");
    for (const erratum of front.errata) {
      lines.push(`  - date: ${yamlString(erratum.date)}`, `    change: ${yamlString(erratum.change)}`, `    reason: ${yamlString(erratum.reason)}`);
    }
  }
  lines.push("---");
  return `${lines.join("\n")}\n${body(coveringNote)}`;
}

/**
 * Text as a markdown paragraph that renders as exactly that text: characters markdown would take as formatting are
 * escaped with a backslash. Text pasted from a paper rarely has any.
 * @example markdownText("*not emphasis*") // "\\*not emphasis\\*"
 */
export function markdownText(text: string): string {
  let escaped = text.replace(/([\\`*_[\]])/g, "\\$1").replace(/~~/g, "\\~\\~");
  // At the start of a paragraph these would open a heading, a quote, a list or a code block.
  escaped = escaped.replace(/^(#{1,6}(?:\s|$)|>|[-+](?=\s))/, "\\$1").replace(/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
  return escaped;
}
