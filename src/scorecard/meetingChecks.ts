import type { Problem } from "../content/problems";
import type { MeetingSource } from "../content/readContent";
import { problemAt } from "../content/validate";
import { parsePeriod, periodDates, periodLabel } from "../domain/periods";
import { slugify } from "./slugify";

/** Ids the meeting page gives its own parts; an indicator or scorecard given one would clash with them. */
const MEETING_PAGE_IDS = ["main-content", "covering-note", "data", "indicators-in-full"];
/** What the page adds to an indicator's id for its parts' ids. */
const INDICATOR_PARTS = [
  ["-owners", "owners"],
  ["-trend", "trend data"],
  ["-commentary", "commentary"],
  ["-notes", "data notes"],
] as const;

/**
 * Every element id the meeting page would give a scorecard or an indicator is its own: a clash makes a link or a
 * screen reader's heading land on the wrong part, and a scorecard name without letters would have an empty id.
 */
export function pageIdProblems(source: MeetingSource): Problem[] {
  const problems: Problem[] = [];
  const taken = new Map<string, string>(MEETING_PAGE_IDS.map((id) => [id, "a part of the meeting page itself"]));
  source.front.scorecards.forEach((title, index) => {
    const slug = slugify(title);
    if (!slug)
      problems.push(
        problemAt(
          source.source,
          ["scorecards", index],
          `"${title}" has no letters or digits to make its section's address on the page from`,
          "write the scorecard's name in words",
        ),
      );
    else if (taken.has(slug))
      problems.push(
        problemAt(
          source.source,
          ["scorecards", index],
          `"${title}" would have the same address on the page (#${slug}) as ${taken.get(slug)}`,
          "give each scorecard a name of its own",
        ),
      );
    else taken.set(slug, `the scorecard "${title}"`);
  });
  const ids = new Set<string>();
  for (const indicator of source.indicators) {
    const id = indicator.front.id;
    // The same id twice in one meeting is a problem of its own, reported where the meeting's indicators are read.
    if (ids.has(id)) continue;
    ids.add(id);
    const own: [string, string][] = [[id, "heading"], ...INDICATOR_PARTS.map(([suffix, part]) => [`${id}${suffix}`, `${part} heading`] as [string, string])];
    const clash = own.find(([candidate]) => taken.has(candidate));
    if (clash) {
      problems.push(
        problemAt(
          indicator.source,
          ["id"],
          `"${id}" would give this indicator's ${clash[1]} the address #${clash[0]} on the meeting page, which ${taken.get(clash[0])} has already`,
          `choose another id: not one the page uses (${MEETING_PAGE_IDS.join(", ")}), and not another indicator's id with -owners, -trend, -commentary or -notes after it`,
        ),
      );
      continue;
    }
    for (const [candidate, part] of own) taken.set(candidate, `the ${part} of "${indicator.front.title}" (id ${id})`);
  }
  return problems;
}

/** No trend row may be for a period that begins after the meeting: nothing can have been reported for it. */
export function futurePeriodProblems(source: MeetingSource, meetingDate: string): Problem[] {
  const problems: Problem[] = [];
  for (const indicator of source.indicators) {
    indicator.front.trend.forEach((row, index) => {
      const period = parsePeriod(row.period);
      if (period && periodDates(period).start > meetingDate) {
        problems.push(
          problemAt(
            indicator.source,
            ["trend", index, "period"],
            `${periodLabel(period)} begins after the meeting on ${meetingDate}, so no figure for it can have been reported`,
            "check the period: the trend runs up to the latest period the paper reports",
          ),
        );
      }
    });
  }
  return problems;
}
