import type { Site } from "../scorecard/model";
import type { GlossaryEntry } from "../site/abbreviations";

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

/**
 * The search index's records for every meeting, indicator, indicator history and glossary term. Built from the data,
 * so the index needs no rendered HTML and can be written while the pages are rendered; the text is what the page
 * says, not its tables and chart markup.
 * @example searchRecords(site, glossary)[0] // { url: "/meetings/2017-09-07-cype/", title: "Performance Scorecard, …", content: "…" }
 */
export function searchRecords(site: Site, glossary: readonly GlossaryEntry[]): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const meeting of site.meetings) {
    records.push({
      url: meeting.url,
      title: `${meeting.agendaTitle}, ${meeting.committee}, ${meeting.dateLabel}`,
      content: lines(
        meeting.status === "draft" ? "Draft: not yet sent to the committee." : undefined,
        `Ratings for the latest period: ${meeting.counts.text}.`,
        meeting.coveringNoteText,
        ...meeting.errata.map((erratum) => `Corrected ${erratum.dateLabel}: ${erratum.change} ${erratum.reason}`),
        ...meeting.indicators.map((indicator) => `${indicator.title}: ${indicator.ratingText}.`),
      ),
    });
    for (const indicator of meeting.indicators) {
      const { owners } = indicator;
      records.push({
        url: indicator.url,
        title: `${indicator.title}, ${meeting.dateLabel}`,
        content: lines(
          `${indicator.scorecard} scorecard. Rating: ${indicator.ratingText}.`,
          indicator.summary,
          indicator.commentaryText,
          `${owners.cabinetMember}, ${owners.director}, ${owners.portfolio}, ${owners.division}.`,
          indicator.dataNotes.target,
          indicator.dataNotes.dataBasis,
          indicator.dataNotes.dataSource,
        ),
      });
    }
  }
  for (const history of site.histories) {
    records.push({ url: history.url, title: `${history.title}: every meeting`, content: lines(history.summary, history.chartDescription) });
  }
  for (const entry of glossary) {
    records.push({ url: `/glossary/#${entry.term.toLowerCase()}`, title: `${entry.term}: ${entry.meaning}`, content: lines(entry.meaning, entry.description) });
  }
  return records;
}
