/**
 * Indicator ids: the short names in each indicator's file name and web address. An id must stay the same at every
 * meeting, so the site can follow an indicator from one meeting to the next. The importer takes an indicator's id
 *
 * 1. from INDICATOR_IDS below, by the title exactly as the paper prints it;
 * 2. otherwise from the newest earlier meeting (in the folder it writes to) that has an indicator of that title;
 * 3. otherwise from the title itself (titleSlug), and says so, so the clerk can add a line below to fix it for good.
 *
 * To give an indicator a better id, add a line here: the title in quotes, a colon, then the id in quotes.
 */

/** Ids of the indicators the papers have carried, keyed by title as printed. */
export const INDICATOR_IDS: Readonly<Record<string, string>> = {
  // Specialist Children's Services (Children's, Young People and Education Cabinet Committee)
  "% of cases where adoption agreed as plan within 4 months, for those with an agency decision": "adoption-plan-within-4-months",
  "Average Caseload of Social Workers in CSWTs": "average-caseload",
  "% of CIC cases where all Health Assessments were held within required timescale": "cic-health-assessments",
  "% of CIN with a CIN Plan in place": "cin-plans",
  "Number of unallocated cases": "unallocated-cases",
  "% of Returner Interviews completed within 3 working days": "returner-interviews",
  "% of placement arrangement meetings held within 5 working days": "placement-arrangement-meetings",
};

/** A title compared loosely: case, spacing and curly quotes do not matter. */
export function titleKey(title: string): string {
  return title.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();
}

const BY_KEY = new Map(Object.entries(INDICATOR_IDS).map(([title, id]) => [titleKey(title), id]));

/** The id on record for a title, if any. */
export function recordedId(title: string): string | undefined {
  return BY_KEY.get(titleKey(title));
}

/** Words that add nothing to an id. */
const FILLER = new Set([
  "a",
  "an",
  "the",
  "of",
  "for",
  "with",
  "where",
  "which",
  "who",
  "that",
  "those",
  "and",
  "or",
  "in",
  "on",
  "at",
  "by",
  "to",
  "as",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "all",
  "their",
]);

/** The most words a derived id keeps: enough to tell indicators apart, short enough to read in an address. */
const MAX_WORDS = 5;

/**
 * An id made from a title: lower-case words joined by hyphens, without a leading "% of" or "Number of", without
 * filler words, at most five words.
 * @example titleSlug("Number of unallocated cases") // "unallocated-cases"
 * @example titleSlug("% of Returner Interviews completed within 3 working days") // "returner-interviews-completed-within-3"
 */
export function titleSlug(title: string): string {
  const stripped = title.trim().replace(/^(?:%|percentage|proportion|number|no\.)\s+of\s+/i, "");
  const words = stripped
    .toLowerCase()
    .replace(/['‘’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "" && !FILLER.has(word));
  return words.slice(0, MAX_WORDS).join("-") || "indicator";
}

/**
 * The short name of a committee in meeting folder names: the initials of its name's main words, without
 * "Cabinet Committee" or "Committee".
 * @example committeeShortName("Children's, Young People and Education Cabinet Committee") // "cype"
 */
export function committeeShortName(committee: string): string {
  const words = committee
    .replace(/\b(?:cabinet\s+)?(?:sub-?)?committee\b/gi, "")
    .replace(/['‘’]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "" && !FILLER.has(word));
  if (words.length >= 2) return words.map((word) => word[0]).join("");
  return words.join("-") || "committee";
}
