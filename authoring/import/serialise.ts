/**
 * Writes meeting.md and indicator files in the committed house style, so an imported meeting and a hand-typed one
 * look the same and a re-import reproduces the files byte for byte. Both `npm run import` and
 * `npm run import-results` write through this module.
 *
 * The style: fields in schema order, plain YAML scalars wherever they read back as the same text (quoted with
 * double quotes otherwise), two-space indents, one flow-style line per trend row with figures at the indicator's
 * published precision, then the markdown body ending in a single newline.
 */
import { parse } from "yaml";
import type { BandingsFrontMatter, IndicatorFrontMatter, MeetingFrontMatter, TrendRowFrontMatter } from "../../src/content/schema";
import { decimalPlacesOf } from "../../src/domain/units";

/** Characters that may not open a plain YAML scalar. */
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
 * One trend row as the one-line flow mapping the tools write.
 * @example trendRowText({ period: "2017-07", result: 76 }, 1) // "{ period: 2017-07, result: 76.0 }"
 */
export function trendRowText(row: TrendRowFrontMatter, decimals: number): string {
  const parts = [`period: ${yamlString(row.period, "flow")}`, `result: ${figure(row.result, decimals)}`];
  if (row.target !== undefined) parts.push(`target: ${figure(row.target, decimals)}`);
  if (row.rating !== undefined) parts.push(`rating: ${row.rating}`);
  return `{ ${parts.join(", ")} }`;
}

function trendRow(row: TrendRowFrontMatter, decimals: number): string {
  return `  - ${trendRowText(row, decimals)}`;
}

function bandingsEntry(entry: BandingsFrontMatter): string[] {
  const lines = [`  - financialYear: ${yamlString(entry.financialYear)}`, `    target: ${entry.target}`];
  for (const key of ["red", "amber", "green"] as const) {
    const text = entry[key];
    if (text !== undefined) lines.push(`    ${key}: ${yamlString(text)}`);
  }
  if (entry.floor !== undefined) lines.push(`    floor: ${entry.floor}`);
  if (entry.tolerancePercent !== undefined) lines.push(`    tolerancePercent: ${entry.tolerancePercent}`);
  return lines;
}

/** The markdown body: paragraphs as given, ending in exactly one newline (none when there is no body). */
function body(text: string): string {
  const trimmed = text.replace(/\s+$/, "");
  return trimmed === "" ? "" : `${trimmed}\n`;
}

/**
 * An indicator file: front matter in the committed style, then the commentary.
 * @example serialiseIndicator(front, "The definition for this measure …")
 */
export function serialiseIndicator(front: IndicatorFrontMatter, commentary: string): string {
  const lines = [
    "---",
    `id: ${front.id}`,
    `title: ${yamlString(front.title)}`,
    `scorecard: ${yamlString(front.scorecard)}`,
    `kind: ${front.kind}`,
    ...(["portfolio", "cabinetMember", "director", "division"] as const).flatMap((role) =>
      front[role] === undefined ? [] : [`${role}: ${yamlString(front[role])}`],
    ),
    `unit: ${front.unit}`,
    `decimalPlaces: ${front.decimalPlaces}`,
    `polarity: ${front.polarity}`,
  ];
  if (front.bandings.length) {
    lines.push("bandings:");
    for (const entry of front.bandings) lines.push(...bandingsEntry(entry));
  }
  lines.push(`dataBasis: ${front.dataBasis}`, `dataSource: ${yamlString(front.dataSource)}`, "trend:");
  for (const row of front.trend) lines.push(trendRow(row, front.decimalPlaces));
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
