import type { MeetingSource } from "../content/readContent";
import type { FieldPath } from "../content/fieldPositions";
import { parsePeriod, periodKey, periodLabel } from "../domain/periods";
import { formatValue, type Unit } from "../domain/units";

/** An erratum as the meeting file lists it. */
export interface RecordedErratum {
  date: string;
  change: string;
  reason: string;
}

/** What the public record holds of one indicator: every figure, target, rating and bandings line, and its words. */
export interface RecordedIndicator {
  file: string;
  title: string;
  trend: { period: string; result: number | null; target: number | null; rating: string | null }[];
  /** Each financial year's bandings as one line: "2017/18: target 18; red above 22; amber 18 to 22; green 18 and below". */
  bandings: string[];
  /**
   * Each figure the paper compares with, as one line: "same period last year beside Q3 2023/24: 58.9", "outturn 2022/23: 61.4",
   * "England average (england-average) 2022/23: 54.1; source DEFRA". Left out when the paper printed none.
   */
  comparisons?: string[];
  /** The commentary as written (markdown). */
  commentary: string;
}

/** A meeting as it was published, or as a recorded correction left it: what the lock keeps, so it is never lost. */
export interface PublishedRecord {
  errata: RecordedErratum[];
  coveringNote: string;
  indicators: Record<string, RecordedIndicator>;
}

/**
 * What the public record holds of a meeting's files as they are now.
 * @example recordOf(source).indicators["average-caseload"].trend[3] // { period: "2017-06", result: 24.6, target: 18, rating: "Red" }
 */
export function recordOf(source: MeetingSource): PublishedRecord {
  const indicators: Record<string, RecordedIndicator> = {};
  for (const { source: file, front } of source.indicators) {
    indicators[front.id] = {
      file: file.file.split("/").at(-1)!,
      title: front.title,
      // Periods in one spelling, so "May 2017" written for "2017-05" is not a change to the record.
      trend: front.trend.map((row) => ({ period: canonicalPeriod(row.period), result: row.result, target: row.target ?? null, rating: row.rating ?? null })),
      bandings: front.bandings.map((entry) => {
        const { financialYear, ...rest } = entry;
        return `${financialYear}: ${Object.entries(rest)
          // A rule's parts (outsideTolerance) are written out, so a change to them is a change to the record.
          .map(([key, value]) => `${key} ${typeof value === "object" && value !== null ? JSON.stringify(value) : value}`)
          .join("; ")}`;
      }),
      ...comparisonsOf(front),
      commentary: file.body.trim(),
    };
  }
  return {
    errata: source.front.errata.map(({ date, change, reason }) => ({ date, change, reason })),
    coveringNote: source.source.body.trim(),
    indicators,
  };
}

/** A period in the one spelling pages use; as written when it cannot be read (the check reports it). */
function canonicalPeriod(text: string): string {
  const period = parsePeriod(text);
  return period ? periodKey(period) : text;
}

/** The comparison figures of an indicator as record lines, or nothing when it has none (so older records read the same). */
function comparisonsOf(front: MeetingSource["indicators"][number]["front"]): Pick<RecordedIndicator, "comparisons"> {
  const lines = [
    ...front.trend.flatMap((row) =>
      row.samePeriodLastYear === undefined ? [] : [`same period last year beside ${canonicalPeriod(row.period)}: ${row.samePeriodLastYear ?? "none"}`],
    ),
    ...front.outturns.map((outturn) => `outturn ${outturn.financialYear}: ${outturn.result}`),
    ...front.benchmarks.flatMap((benchmark) =>
      benchmark.values.map(
        (entry) =>
          `${benchmark.name} (${benchmark.kind}) ${entry.period}: ${entry.quartile !== undefined ? `quartile ${entry.quartile}` : entry.value}${benchmark.source ? `; source ${benchmark.source}` : ""}`,
      ),
    ),
  ];
  return lines.length ? { comparisons: lines } : {};
}

/** One thing the public record holds, by a key that stays the same from one version of a meeting to the next. */
export interface RecordedField {
  /** "Jun 2017 result for Average Caseload of Social Workers in CSWTs" */
  what: string;
  /** As a reader sees it: "24.6", "75.2%", "Red", "none"; for text, the text itself. */
  shown: string;
  /** Text a reader should be able to read in full (commentary, the covering note), rather than as a value. */
  isText: boolean;
  indicatorId?: string;
  /** The file (in the meeting folder) and the field in it, to place a problem. */
  file: string;
  path: FieldPath;
  /** For a trend figure: the period and which figure, so pages can mark the row. */
  row?: { period: string; figure: "result" | "target" | "rating" };
}

/** How a recorded indicator's numbers are shown, from its current front matter where it still has one. */
export type FormatOf = (indicatorId: string) => { unit: Unit; decimals: number; targetDecimals: number } | undefined;

/**
 * Every field of a record, by key, each with how it reads: the unit of comparison for corrections.
 * @example recordFields(record, formatOf).get("average-caseload\0trend\x002017-06\0result")?.shown // "24.6"
 */
export function recordFields(record: PublishedRecord, formatOf: FormatOf): Map<string, RecordedField> {
  const fields = new Map<string, RecordedField>();
  fields.set("covering-note", { what: "The covering note", shown: record.coveringNote, isText: true, file: "meeting.md", path: [] });
  for (const [id, indicator] of Object.entries(record.indicators)) {
    const format = formatOf(id);
    const number = (value: number | null, decimals = format?.decimals) =>
      value === null ? "none" : format ? formatValue(value, format.unit, decimals ?? format.decimals) : String(value);
    const base = { indicatorId: id, file: indicator.file, isText: false };
    fields.set(`${id}\0title`, { ...base, what: `The title of ${indicator.title}`, shown: indicator.title, path: ["title"] });
    indicator.trend.forEach((row, index) => {
      const period = parsePeriod(row.period);
      const label = period ? periodLabel(period) : row.period;
      const figures = { result: number(row.result), target: number(row.target, format?.targetDecimals), rating: row.rating ?? "none" };
      for (const figure of ["result", "target", "rating"] as const) {
        // Keyed in one spelling, so a lock written with "Jun 2024" matches files now reading "2024-06".
        fields.set(`${id}\0trend\0${period ? periodKey(period) : row.period}\0${figure}`, {
          ...base,
          what: `${label} ${figure} for ${indicator.title}`,
          shown: figures[figure],
          path: ["trend", index, figure],
          row: { period: period ? periodKey(period) : row.period, figure },
        });
      }
    });
    indicator.bandings.forEach((line, index) => {
      const year = line.split(":")[0]!;
      fields.set(`${id}\0bandings\0${year}`, { ...base, what: `The ${year} bandings for ${indicator.title}`, shown: line, path: ["bandings", index] });
    });
    for (const line of indicator.comparisons ?? []) {
      const figure = line.slice(0, line.indexOf(": "));
      // The list the figure is written in, to place a problem: the trend rows, the outturns or the benchmarks.
      const list = figure.startsWith("same period last year") ? "trend" : figure.startsWith("outturn ") ? "outturns" : "benchmarks";
      fields.set(`${id}\0comparison\0${figure}`, { ...base, what: `The ${figure} for ${indicator.title}`, shown: line.slice(figure.length + 2), path: [list] });
    }
    fields.set(`${id}\0commentary`, { ...base, what: `The commentary on ${indicator.title}`, shown: indicator.commentary, isText: true, path: [] });
  }
  return fields;
}
