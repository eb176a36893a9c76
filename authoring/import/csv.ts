/** A small CSV reader for case-management exports: commas, double-quoted fields, CRLF or LF, an optional BOM. */

export interface CsvRecord {
  /** 1-based line the record starts on. */
  line: number;
  fields: string[];
}

/**
 * Splits CSV text into records, each with the line it starts on; blank lines are skipped.
 * @example readCsv('id,period\nadoption,2017-07\n') // [{ line: 1, fields: ["id", "period"] }, { line: 2, fields: ["adoption", "2017-07"] }]
 */
export function readCsv(text: string): { records: CsvRecord[] } | { problem: { line: number; message: string } } {
  const content = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let line = 1;
  let start = 1;
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let atFieldStart = true;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0]!.trim() === "")) records.push({ line: start, fields });
    fields = [];
    field = "";
    atFieldStart = true;
  };
  for (let i = 0; i < content.length; i++) {
    const char = content[i]!;
    if (quoted) {
      if (char === '"' && content[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === "\n") line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (char === ",") {
      fields.push(field);
      field = "";
      atFieldStart = true;
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && content[i + 1] === "\n") i++;
      endRecord();
      line++;
      start = line;
    } else {
      field += char;
      if (char !== " " && char !== "\t") atFieldStart = false;
    }
  }
  if (quoted) return { problem: { line: start, message: 'a quoted field is not closed: each " that opens a field needs a " to close it' } };
  if (field !== "" || fields.length) endRecord();
  return { records };
}
