/** What the gate reports: one finding per problem, grouped per page, printed the same way everywhere. */

/** Which part of the gate found a problem, in the order reports list them. */
export const CHECKS = [
  "html-validate",
  "structure",
  "links",
  "pa11y",
  "reflow",
  "phone",
  "zoom",
  "text-spacing",
  "focus",
  "reading-order",
  "pa11y-dark",
] as const;
export type CheckName = (typeof CHECKS)[number];

export interface Finding {
  check: CheckName;
  /** A stable rule id the tests match on, e.g. "axe:image-alt", "htmlcs:…H37", "table-headers". */
  rule: string;
  message: string;
  /** A CSS selector, an HTML excerpt or a line:column, whatever locates it best. */
  where?: string;
}

export interface PageReport {
  /** Path inside the site folder, e.g. "meetings/2017-09-07-cype/index.html". */
  file: string;
  /** The URL path it is served at, e.g. "/meetings/2017-09-07-cype/". */
  url: string;
  findings: Finding[];
}

/**
 * Builds a finding; a one-liner so checks read as lists of rules.
 * @example finding("structure", "single-h1", "2 <h1> elements; a page has exactly one")
 */
export function finding(check: CheckName, rule: string, message: string, where?: string): Finding {
  return where === undefined ? { check, rule, message } : { check, rule, message, where };
}

/**
 * The report of one page as printed lines: a heading, then one indented line per finding.
 * @example formatPage({ file: "index.html", url: "/", findings: [] }) // ["✓ / (index.html)"]
 */
export function formatPage(report: PageReport): string[] {
  const mark = report.findings.length ? "✗" : "✓";
  const head = `${mark} ${report.url} (${report.file})${report.findings.length ? `: ${report.findings.length} problem(s)` : ""}`;
  return [head, ...report.findings.map((f) => `    [${f.check}] ${f.rule}: ${f.message}${f.where ? `\n        at ${f.where}` : ""}`)];
}

/**
 * Removes repeats (same check, rule, message and place), which both runners or both layouts can report.
 * @example uniqueFindings([a, a]).length // 1
 */
export function uniqueFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.check}\u0000${f.rule}\u0000${f.message}\u0000${f.where ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Drops dark-scheme pa11y findings the default scheme already reported at the same place (a missing alt text is
 * missing in both), so the dark pass shows only what the dark colours themselves break.
 * @example newInDark([pa11y("axe:image-alt", "img"), pa11yDark("axe:image-alt", "img")]).length // 1
 */
export function newInDark(findings: Finding[]): Finding[] {
  const light = new Set(findings.filter((f) => f.check === "pa11y").map((f) => `${f.rule}\u0000${f.where ?? ""}`));
  return findings.filter((f) => f.check !== "pa11y-dark" || !light.has(`${f.rule}\u0000${f.where ?? ""}`));
}

/**
 * Findings in a fixed order of checks (stable within a check), so a report reads the same whichever check finished first.
 * @example sortFindings([pa11yFinding, structureFinding]) // [structureFinding, pa11yFinding]
 */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => CHECKS.indexOf(a.check) - CHECKS.indexOf(b.check));
}

/**
 * Runs `work` on every item, at most `limit` at once, keeping the input order in the results.
 * @example await mapLimit([1, 2, 3], 2, async (n) => n * 2) // [2, 4, 6]
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
