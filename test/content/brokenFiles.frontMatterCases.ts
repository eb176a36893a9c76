/**
 * Broken content cases whose fault is in how the front matter is written: YAML syntax, no usable front matter, and
 * fields the schema refuses. Each states the exact file, line, column, field and message a clerk should see, and the
 * text the line and column point at, so a position that drifts by one line fails loudly. Run by
 * brokenFiles.frontMatter.test.ts; the fixtures are test/fixtures/broken/<name>/.
 */
import { ADOPTION, CASELOAD, MEETING, NOT_YAML, type BrokenCase } from "./brokenFiles";

export const frontMatterCases: BrokenCase[] = [
  // ---------------------------------------------------------------- YAML syntax
  {
    name: "yaml-unclosed-quote",
    fault: 'title: "% of cases … decision   (no closing quote)',
    problems: [
      // The quote opens on line 3; the YAML library notices only at the end of the front matter (line 26).
      { file: ADOPTION, line: 3, column: 8, field: "", message: `${NOT_YAML}Missing closing "quote`, hint: /quote/i, at: '"% of cases' },
    ],
  },
  {
    name: "yaml-bad-indentation",
    fault: "line 16 `     red: above 22` indented five spaces instead of four",
    problems: [{ file: CASELOAD, line: 16, field: "", message: new RegExp(`^${NOT_YAML}`), hint: /indent|line the fields up/i, at: "     red: above 22" }],
  },
  {
    name: "yaml-tab-indent",
    fault: "line 16 indented with a tab",
    problems: [
      {
        file: CASELOAD,
        line: 16,
        column: 1,
        field: "",
        message: `${NOT_YAML}Tabs are not allowed as indentation`,
        hint: "indent with spaces, not tabs",
        at: "\tred: above 22",
      },
    ],
  },
  {
    name: "yaml-duplicate-key",
    fault: "unit: given twice (lines 10 and 11)",
    problems: [
      {
        file: CASELOAD,
        line: 11,
        column: 1,
        field: "",
        message: `${NOT_YAML}Map keys must be unique`,
        hint: "each field may appear only once: delete one of the two",
        at: "unit: count",
      },
    ],
  },
  {
    name: "yaml-missing-space-after-colon",
    fault: "director:Philip Segurola",
    problems: [
      {
        file: CASELOAD,
        line: 8,
        column: 1,
        field: "",
        message: `${NOT_YAML}Implicit keys need to be on a single line`,
        hint: /"name: value"/,
        at: "director:Philip",
      },
    ],
  },
  {
    name: "yaml-colon-in-unquoted-text",
    fault: 'title: Caseload: average for …   (unquoted text containing ": ")',
    problems: [
      {
        file: CASELOAD,
        line: 3,
        column: 8,
        field: "",
        message: `${NOT_YAML}Nested mappings are not allowed in compact mappings`,
        hint: /goes in quotes/,
        at: "Caseload: average",
      },
    ],
  },
  // ---------------------------------------------------------------- no usable front matter
  {
    name: "no-front-matter",
    fault: "an indicator file with no front matter at all",
    problems: [
      {
        file: CASELOAD,
        line: 1,
        column: 1,
        field: "",
        message: "the file does not start with a front matter block",
        hint: 'start the file with a line "---", then the fields, then another line "---", then the text',
        at: "Average Caseload",
      },
    ],
  },
  {
    name: "front-matter-not-closed",
    fault: 'the front matter opens with "---" but never closes',
    problems: [{ file: CASELOAD, line: 1, column: 1, field: "", message: 'the front matter block has no closing "---" line', at: "---" }],
  },
  {
    name: "front-matter-is-list",
    fault: "front matter written as a YAML list (- id: …) instead of fields",
    problems: [
      {
        file: CASELOAD,
        line: 2,
        column: 1,
        field: "",
        message: 'the front matter is a list, expected fields written "name: value"',
        hint: 'write one "name: value" per line between the two "---" lines',
        at: "- id: average-caseload",
      },
    ],
  },
  // ---------------------------------------------------------------- schema
  {
    name: "wrong-type-decimal-places",
    fault: 'decimalPlaces: "one"',
    problems: [{ file: CASELOAD, line: 11, column: 16, field: "decimalPlaces", message: 'found "one", expected a number', at: '"one"' }],
  },
  {
    name: "non-numeric-result",
    fault: "result: twenty-three in the May 2017 row",
    problems: [
      {
        file: ADOPTION,
        line: 24,
        column: 32,
        field: "trend[2].result",
        message: 'found "twenty-three", expected a number',
        hint: "write the figure as a plain number without a % sign, e.g. 62.8; leave it empty when there is no data",
        at: "twenty-three",
      },
    ],
  },
  {
    name: "result-with-percent-sign",
    fault: "result: 63.2%",
    problems: [
      { file: ADOPTION, line: 24, column: 32, field: "trend[2].result", message: 'found "63.2%", expected a number', hint: /without a % sign/, at: "63.2%" },
    ],
  },
  {
    name: "unknown-key-typo",
    fault: "tarket: 80.0 in the Apr 2017 row",
    problems: [
      {
        file: ADOPTION,
        line: 23,
        column: 38,
        field: "trend[1].tarket",
        message: '"tarket" is not a field this tool knows',
        hint: 'did you mean "target"? Rename it, or delete the line',
        at: "tarket: 80.0",
      },
    ],
  },
  {
    name: "meeting-unknown-key",
    fault: "agendaitem: 16 (lower-case i) in meeting.md, so agendaItem is missing too",
    problems: [
      // A missing union field should read like every other missing field, never "found undefined".
      {
        file: MEETING,
        line: 2,
        column: 1,
        field: "agendaItem",
        message: "is missing: expected a number or some text",
        hint: "write the agenda item number, e.g. 16",
        at: "committee:",
      },
      {
        file: MEETING,
        line: 4,
        column: 1,
        field: "agendaitem",
        message: '"agendaitem" is not a field this tool knows',
        hint: 'did you mean "agendaItem"? Rename it, or delete the line',
        at: "agendaitem: 16",
      },
    ],
  },
  {
    name: "missing-required-field",
    fault: "dataSource deleted",
    problems: [
      // A missing field is placed at the mapping that should hold it: the first line of the front matter.
      {
        file: CASELOAD,
        line: 2,
        column: 1,
        field: "dataSource",
        message: "is missing: expected some text",
        hint: 'write where the figures come from, e.g. "Liberi"',
        at: "id: average-caseload",
      },
    ],
  },
  {
    name: "invalid-enum-polarity",
    fault: "polarity: up",
    problems: [
      {
        file: CASELOAD,
        line: 12,
        column: 11,
        field: "polarity",
        message: 'found "up", expected one of "higher-is-better", "lower-is-better", "neither"',
        hint: 'write "higher-is-better", "lower-is-better" or "neither" (a context indicator)',
        at: "up",
      },
    ],
  },
  {
    name: "invalid-rating-word",
    fault: "rating: red (lower case)",
    problems: [
      { file: ADOPTION, line: 24, column: 60, field: "trend[2].rating", message: 'found "red", expected one of "Red", "Amber", "Green"', at: "red }" },
    ],
  },
  {
    name: "empty-trend",
    fault: "trend: []",
    problems: [{ file: CASELOAD, line: 21, column: 8, field: "trend", message: "has 0 entries, expected at least 1", at: "[]" }],
  },
];
