import { historyPages } from "../scorecard/history";
import { historyHead } from "../scorecard/pageHeads";
import type { Meeting, Scorecards } from "../scorecard/model";
import type { GlossaryEntry } from "../theme/abbreviations";

/** One searchable page, indexed from the data step rather than from its rendered HTML. */
export interface SearchRecord {
  /** Site-relative address, before any path prefix: "/meetings/2017-09-07-cype/average-caseload/". */
  url: string;
  /** The result's heading, e.g. "Average Caseload of Social Workers in CSWTs, Thursday 7 September 2017" */
  title: string;
  /** The words a resident may search for: names, figures in words, commentary. */
  content: string;
}

const lines = (...parts: (string | undefined)[]): string => parts.filter((part) => part && part.trim()).join("\n");

/** One Pagefind index: "pagefind" for the indicator histories and the glossary, "pagefind-2017" for a year's meetings. */
export interface SearchBundle {
  /** Its folder in the site, e.g. "pagefind-2017". */
  name: string;
  records: SearchRecord[];
}

/**
 * The search index's records for every meeting, indicator, indicator history and glossary term, in bundles: the
 * site-wide one, whose folder also holds Pagefind's script, and one per year of meetings. Built from the data, so
 * the index needs no rendered HTML and is written while the pages are rendered; a year whose meetings have not
 * changed keeps the bundle it has. The text is what the page says, not its tables and chart markup.
 * @example searchBundles(scorecards, glossary).map((bundle) => bundle.name) // ["pagefind", "pagefind-2017"]
 */
export function searchBundles(scorecards: Scorecards, glossary: readonly GlossaryEntry[]): SearchBundle[] {
  const main: SearchBundle = { name: "pagefind", records: [] };
  for (const page of historyPages(scorecards.histories)) {
    main.records.push({ url: page.url, title: historyHead(page).title, content: lines(page.summary, page.chart.description) });
  }
  for (const entry of glossary) {
    main.records.push({
      url: `/glossary/#${entry.term.toLowerCase()}`,
      title: `${entry.term}: ${entry.meaning}`,
      content: lines(entry.meaning, entry.description),
    });
  }
  const years = new Map<string, SearchBundle>();
  for (const meeting of [...scorecards.meetings].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const name = `pagefind-${meeting.date.slice(0, 4)}`;
    const bundle = years.get(name) ?? { name, records: [] };
    years.set(name, bundle);
    bundle.records.push(...meetingRecords(meeting));
  }
  return [main, ...years.values()];
}

function meetingRecords(meeting: Meeting): SearchRecord[] {
  const records: SearchRecord[] = [
    {
      url: meeting.url,
      title: `${meeting.agendaTitle}, ${meeting.committee}, ${meeting.dateLabel}`,
      content: lines(
        meeting.status === "draft" ? "Draft: not yet sent to the committee." : undefined,
        `Ratings for the latest period: ${meeting.counts.text}.`,
        meeting.coveringNoteText,
        ...meeting.errata.map((erratum) => `Corrected ${erratum.dateLabel}: ${erratum.change} ${erratum.reason}`),
        ...meeting.indicators.map((indicator) => `${indicator.title}: ${indicator.ratingText}.`),
      ),
    },
  ];
  for (const indicator of meeting.indicators) {
    const { owners } = indicator;
    records.push({
      url: indicator.url,
      title: `${indicator.title}, ${meeting.dateLabel}`,
      content: lines(
        `${indicator.scorecard} scorecard. Rating: ${indicator.ratingText}.`,
        indicator.summary,
        indicator.commentaryText,
        owners.length ? `${owners.map((owner) => owner.name).join(", ")}.` : "",
        indicator.dataNotes.target,
        indicator.dataNotes.dataBasis,
        indicator.dataNotes.dataSource,
      ),
    });
  }
  return records;
}
