/**
 * A checker of Frictionless Data Packages of CSV files, written for the tests and independent of the code that writes
 * them: it reads datapackage.json, and for every resource its file (size and hash), its CSV (RFC 4180 by the resource's
 * dialect) and every cell against the resource's Table Schema (type, required, enum, minimum and maximum, primary key).
 * It answers with the problems it found, each naming the resource, row and field; none means the package is valid.
 * (The Frictionless JavaScript libraries on npm are years stale, so the tests carry their own.)
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";

export interface Dialect {
  delimiter?: string;
  lineTerminator?: string;
  quoteChar?: string;
  doubleQuote?: boolean;
  header?: boolean;
}

export interface Field {
  name: string;
  type?: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: unknown[]; minimum?: number; maximum?: number };
}

export interface Schema {
  fields: Field[];
  missingValues?: string[];
  primaryKey?: string | string[];
}

/**
 * The rows of a CSV, read strictly by the dialect: a quote may open a field, or stand doubled inside a quoted one,
 * and nowhere else; a record ends with the dialect's line terminator only.
 * @example parseCsv('a,"b ""c"""\r\n', {}).rows // [["a", 'b "c"']]
 */
export function parseCsv(text: string, dialect: Dialect): { rows: string[][]; problems: string[] } {
  const { delimiter = ",", lineTerminator = "\r\n", quoteChar = '"' } = dialect;
  const rows: string[][] = [];
  const problems: string[] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let closed = false;
  const endField = () => {
    row.push(field);
    field = "";
    closed = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === quoteChar && text[i + 1] === quoteChar && dialect.doubleQuote !== false) {
        field += c;
        i++;
      } else if (c === quoteChar) {
        quoted = false;
        closed = true;
      } else field += c;
    } else if (text.startsWith(delimiter, i)) {
      endField();
      i += delimiter.length - 1;
    } else if (text.startsWith(lineTerminator, i)) {
      endField();
      rows.push(row);
      row = [];
      i += lineTerminator.length - 1;
    } else if (closed) {
      problems.push(`line ${rows.length + 1}: text after a closing quote`);
      closed = false;
    } else if (c === quoteChar) {
      if (field === "") quoted = true;
      else problems.push(`line ${rows.length + 1}: a quote inside an unquoted field`);
    } else if (c === "\r" || c === "\n") {
      problems.push(`line ${rows.length + 1}: a line break that is not the dialect's ${JSON.stringify(lineTerminator)} outside quotes`);
    } else field += c;
  }
  if (quoted) problems.push(`line ${rows.length + 1}: a quoted field is never closed`);
  if (field !== "" || row.length) {
    endField();
    rows.push(row);
  }
  return { rows, problems };
}

const TRUE = ["true", "True", "TRUE", "1"];
const FALSE = ["false", "False", "FALSE", "0"];
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$|^(?:NaN|INF|-INF)$/;

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The cell as its field's type (number, boolean, parsed JSON, or the text), or an Error saying why it is not one. */
export function castCell(type: string, cell: string): unknown {
  const bad = (what: string) => new Error(`"${cell}" is not ${what}`);
  switch (type) {
    case "string":
    case "any":
      return cell;
    case "number":
      return NUMBER.test(cell) ? Number(cell.replace("INF", "Infinity")) : bad("a number");
    case "integer":
      return /^[+-]?\d+$/.test(cell) ? Number(cell) : bad("an integer");
    case "boolean":
      return TRUE.includes(cell) ? true : FALSE.includes(cell) ? false : bad("a boolean");
    case "date": {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
      return match && validDate(Number(match[1]), Number(match[2]), Number(match[3])) ? cell : bad("a date (YYYY-MM-DD)");
    }
    case "datetime": {
      const match = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.exec(cell);
      return match && validDate(Number(match[1]), Number(match[2]), Number(match[3])) ? cell : bad("a date and time (YYYY-MM-DDThh:mm:ssZ)");
    }
    case "time":
      return /^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?$/.test(cell) ? cell : bad("a time (hh:mm:ss)");
    case "object":
    case "array": {
      let value: unknown;
      try {
        value = JSON.parse(cell);
      } catch {
        return bad(`JSON`);
      }
      const isArray = Array.isArray(value);
      return typeof value === "object" && value !== null && isArray === (type === "array") ? value : bad(`a JSON ${type}`);
    }
    default:
      return new Error(`the type "${type}" is not one this checker knows`);
  }
}

function checkCell(field: Field, cell: string, missing: readonly string[]): string | undefined {
  const { constraints = {} } = field;
  if (missing.includes(cell)) return constraints.required ? "is required but empty" : undefined;
  const value = castCell(field.type ?? "string", cell);
  if (value instanceof Error) return value.message;
  if (constraints.enum && !constraints.enum.includes(value)) return `"${cell}" is not one of ${JSON.stringify(constraints.enum)}`;
  if (typeof value === "number" && constraints.minimum !== undefined && value < constraints.minimum) return `${cell} is below ${constraints.minimum}`;
  if (typeof value === "number" && constraints.maximum !== undefined && value > constraints.maximum) return `${cell} is above ${constraints.maximum}`;
  return undefined;
}

const TYPES = new Set(["string", "number", "integer", "boolean", "date", "datetime", "time", "object", "array", "any"]);

/** What is wrong with a Table Schema itself: unknown types, a primary key naming no field. */
function schemaProblems(schema: Schema): string[] {
  const names = schema.fields.map((field) => field.name);
  const problems = schema.fields.filter((field) => !TYPES.has(field.type ?? "string")).map((field) => `field ${field.name}: unknown type ${field.type}`);
  if (new Set(names).size < names.length) problems.push("two fields have the same name");
  const key = typeof schema.primaryKey === "string" ? [schema.primaryKey] : (schema.primaryKey ?? []);
  for (const name of key) if (!names.includes(name)) problems.push(`primary key field ${name} is not a field`);
  return problems;
}

/**
 * Every problem with a CSV text against a Table Schema: the header must be the field names in order, each row as wide,
 * each cell of its field's type and constraints, and the primary key unique and never empty.
 * @example checkTable("\uFEFFid\r\nx\r\n", { fields: [{ name: "id", type: "string" }] }) // []
 */
export function checkTable(text: string, schema: Schema, dialect: Dialect = {}): string[] {
  const problems = schemaProblems(schema);
  const parsed = parseCsv(text.replace(/^\uFEFF/, ""), dialect);
  problems.push(...parsed.problems);
  const names = schema.fields.map((field) => field.name);
  const [header, ...rows] = dialect.header === false ? [names, ...parsed.rows] : parsed.rows;
  if (JSON.stringify(header) !== JSON.stringify(names)) problems.push(`header ${JSON.stringify(header)} is not the schema's fields ${JSON.stringify(names)}`);
  const missing = schema.missingValues ?? [""];
  const key = typeof schema.primaryKey === "string" ? [schema.primaryKey] : (schema.primaryKey ?? []);
  const keyColumns = key.map((name) => names.indexOf(name));
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const where = `row ${index + 1}`;
    if (row.length !== names.length) problems.push(`${where}: ${row.length} cells for ${names.length} fields`);
    schema.fields.forEach((field, column) => {
      const problem = checkCell(field, row[column] ?? "", missing);
      if (problem) problems.push(`${where} ${field.name}: ${problem}`);
    });
    if (!key.length) return;
    const values = keyColumns.map((column) => row[column] ?? "");
    if (values.some((value) => missing.includes(value))) problems.push(`${where}: the primary key (${key.join(", ")}) has an empty value`);
    const id = JSON.stringify(values);
    if (seen.has(id)) problems.push(`${where}: the primary key ${values.join(", ")} repeats row ${seen.get(id)}`);
    else seen.set(id, index + 1);
  });
  return problems;
}

interface Resource {
  name?: string;
  path?: string;
  format?: string;
  mediatype?: string;
  encoding?: string;
  bytes?: number;
  hash?: string;
  dialect?: Dialect;
  schema?: string | Schema;
}

/** A path inside the package's folder, as the spec requires (no absolute path, no "../"), or undefined. */
function safePath(folder: string, relative: unknown): string | undefined {
  if (typeof relative !== "string" || relative.startsWith("/") || /^[a-z]+:/i.test(relative) || relative.split("/").includes("..")) return undefined;
  return path.join(folder, relative);
}

async function resourceProblems(folder: string, resource: Resource): Promise<string[]> {
  const label = `resource ${resource.name ?? "(no name)"}`;
  if (!/^[a-z0-9._-]+$/.test(resource.name ?? "")) return [`${label}: name must be lower case a-z, 0-9, ".", "_" or "-"`];
  const file = safePath(folder, resource.path);
  if (!file) return [`${label}: path ${JSON.stringify(resource.path)} must be relative, inside the package's folder`];
  const problems: string[] = [];
  if (resource.format !== "csv" || resource.mediatype !== "text/csv") problems.push(`${label}: format and mediatype must be csv and text/csv`);
  const bytes = await readFile(file).catch(() => undefined);
  if (!bytes) return [...problems, `${label}: no file at ${resource.path}`];
  if (resource.bytes !== bytes.length) problems.push(`${label}: bytes ${resource.bytes} but the file has ${bytes.length}`);
  const [algorithm, digest] = resource.hash?.includes(":") ? resource.hash.split(":") : ["md5", resource.hash];
  if (createHash(algorithm!).update(bytes).digest("hex") !== digest) problems.push(`${label}: hash ${resource.hash} does not match the file`);
  let text: string;
  try {
    // The WHATWG UTF-8 decoder, as a browser reads the file: it drops a leading byte-order mark.
    text = new TextDecoder(resource.encoding ?? "utf-8", { fatal: true }).decode(bytes);
  } catch {
    return [...problems, `${label}: the file is not valid ${resource.encoding ?? "utf-8"}`];
  }
  let schema = resource.schema;
  if (typeof schema === "string") {
    const schemaFile = safePath(folder, schema);
    if (!schemaFile) return [...problems, `${label}: schema path ${schema} must be inside the package's folder`];
    schema = JSON.parse(await readFile(schemaFile, "utf8")) as Schema;
  }
  if (!schema?.fields) return [...problems, `${label}: no Table Schema`];
  return [...problems, ...checkTable(text, schema, resource.dialect).map((problem) => `${label} ${problem}`)];
}

/**
 * Checks a Data Package on disk and every resource it lists.
 * @example await checkDataPackage("_site/datapackage.json") // { resources: 2, problems: [] }
 */
export async function checkDataPackage(descriptorFile: string): Promise<{ resources: number; problems: string[] }> {
  const descriptor = JSON.parse(await readFile(descriptorFile, "utf8")) as { name?: string; resources?: Resource[] };
  const problems: string[] = [];
  if (descriptor.name !== undefined && !/^[a-z0-9._-]+$/.test(descriptor.name))
    problems.push(`package name ${descriptor.name} must be lower case a-z, 0-9, ".", "_" or "-"`);
  const resources = descriptor.resources ?? [];
  if (!resources.length) problems.push("the package lists no resources");
  const names = resources.map((resource) => resource.name);
  if (new Set(names).size < names.length) problems.push("two resources have the same name");
  for (const resource of resources) problems.push(...(await resourceProblems(path.dirname(descriptorFile), resource)));
  return { resources: resources.length, problems };
}
