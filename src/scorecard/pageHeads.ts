/** What each page made from the data says about itself: its title, its description and the trail back to the home page. */
import type { HistoryPage, Indicator, Meeting, WithdrawnPage } from "./model";

/** A page's title (before the council's name), its description for search results and link previews, and its breadcrumbs. */
export interface PageHead {
  title: string;
  description: string;
  breadcrumbs: { text: string; href?: string }[];
}

const HOME = { text: "All meetings", href: "/" };

/**
 * A meeting's page, its scorecard's summary.
 * @example meetingHead(meeting).title // "CYPE and SCS Performance Scorecard, Children's, Young People and Education Cabinet Committee, Thursday 7 September 2017"
 */
export function meetingHead(meeting: Meeting): PageHead {
  return {
    title: `${meeting.agendaTitle}, ${meeting.committee}, ${meeting.dateLabel}`,
    description: `Performance scorecard for the ${meeting.committee} meeting of ${meeting.dateLabel}: ${meeting.counts.text}.`,
    breadcrumbs: [HOME, { text: meeting.dateLabel }],
  };
}

/**
 * A meeting's page for print: the whole scorecard on one page.
 * @example meetingPrintHead(meeting).breadcrumbs.at(-1) // { text: "The whole scorecard" }
 */
export function meetingPrintHead(meeting: Meeting): PageHead {
  return {
    title: `${meeting.agendaTitle}, ${meeting.committee}, ${meeting.dateLabel}: the whole scorecard`,
    description: `Every indicator in full from the performance scorecard for the ${meeting.committee} meeting of ${meeting.dateLabel}, to read in one place or print.`,
    breadcrumbs: [HOME, { text: meeting.dateLabel, href: meeting.url }, { text: "The whole scorecard" }],
  };
}

/**
 * An indicator's page at one meeting.
 * @example indicatorHead(indicator).title // "Average Caseload of Social Workers …: Red, Jun 2017"
 */
export function indicatorHead(indicator: Indicator): PageHead {
  return {
    title: `${indicator.title}: ${indicator.ratingText}, ${indicator.latest.periodLabel}`,
    description: indicator.summary,
    breadcrumbs: [HOME, { text: indicator.meeting.dateLabel, href: indicator.meeting.url }, { text: indicator.title }],
  };
}

/**
 * An indicator's history: its figures from every meeting.
 * @example historyHead(history).title // "Average Caseload of Social Workers …: every meeting"
 */
export function historyHead(history: HistoryPage): PageHead {
  const indicators = { text: "Indicators", href: "/indicators/" };
  // A decade's page is part of the history, under its own page; the history's own page is named as before.
  if (history.decade) {
    return {
      title: `${history.title}: ${history.decade}`,
      description: `Every published figure for ${history.title} from ${history.decade}: ${history.summary}`,
      breadcrumbs: [HOME, indicators, { text: history.title, href: history.pages[0]!.url }, { text: history.decade }],
    };
  }
  return {
    title: `${history.title}: every meeting`,
    description: `Every published figure for ${history.title}: ${history.summary}`,
    breadcrumbs: [HOME, indicators, { text: history.title }],
  };
}

/**
 * The page left at the address of a withdrawn meeting or indicator.
 * @example withdrawnHead(page).title // "Withdrawn: CYPE and SCS Performance Scorecard, Thursday 7 September 2017"
 */
export function withdrawnHead(page: WithdrawnPage): PageHead {
  return {
    title: `Withdrawn: ${page.title}, ${page.meetingDateLabel}`,
    description: `Withdrawn on ${page.withdrawnDateLabel}: ${page.reason}`,
    breadcrumbs: [HOME, { text: page.meetingDateLabel }],
  };
}
