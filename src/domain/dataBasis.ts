/** What a figure measures over time, as the paper's data notes say it. */
export type DataBasis =
  /** The month or quarter alone. */
  | { kind: "in-period" }
  /** Cumulative from the start of the financial year (1 April) to the end of the period. */
  | { kind: "year-to-date" }
  /** The N months ending with the period. */
  | { kind: "rolling"; months: number }
  /** A count or level on the last day of the period. */
  | { kind: "snapshot" }
  /** The figure for the whole financial year. */
  | { kind: "annual-outturn" }
  /** Anything else, in the paper's own sentence. */
  | { kind: "other"; text: string };
