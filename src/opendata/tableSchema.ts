import { z } from "zod";

/** The Table Schema field types this module writes (https://specs.frictionlessdata.io/table-schema/#types-and-formats). */
export type FieldType = "string" | "number" | "integer" | "boolean" | "date" | "datetime" | "time" | "object" | "array" | "any";

/** One column of a Table Schema. */
export interface TableSchemaField {
  name: string;
  type: FieldType;
  title?: string;
  description?: string;
  constraints?: {
    /** Set (true) for a column that is never empty: neither nullable nor optional in the zod schema. */
    required?: boolean;
    enum?: (string | number | boolean)[];
    minimum?: number;
    maximum?: number;
  };
}

/** A Frictionless Table Schema: the columns of a CSV in order, the empty cell that means "no value", the key. */
export interface TableSchema {
  fields: TableSchemaField[];
  /** The cells that mean "no value": csv.ts writes null as an empty cell. */
  missingValues: string[];
  primaryKey?: string[];
}

/** The part of JSON Schema that z.toJSONSchema writes for a column. */
interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  description?: string;
  title?: string;
  minimum?: number;
  maximum?: number;
}

/** The bounds zod gives every integer: true of any JavaScript integer, so they say nothing about the column. */
const SAFE_INTEGER_BOUNDS = new Set([Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]);

/** The schema without its `null`: `{ value, nullable }`. */
function withoutNull(schema: JsonSchema): { value: JsonSchema; nullable: boolean } {
  if (Array.isArray(schema.type) && schema.type.includes("null")) {
    const types = schema.type.filter((type) => type !== "null");
    return { value: { ...schema, type: types.length === 1 ? types[0] : types }, nullable: true };
  }
  const others = schema.anyOf?.filter((option) => option.type !== "null");
  if (schema.anyOf && others && others.length < schema.anyOf.length) {
    const { anyOf: _anyOf, ...outer } = schema;
    // z.enum([...]).nullable() is { anyOf: [{ type: "string", enum }, { type: "null" }] } with the description outside.
    return { value: others.length === 1 ? { ...others[0], ...outer } : { ...outer, anyOf: others }, nullable: true };
  }
  return { value: schema, nullable: schema.type === "null" };
}

function fieldType(schema: JsonSchema): FieldType {
  const values = schema.enum ?? (schema.const === undefined ? undefined : [schema.const]);
  if (values?.every((value) => typeof value === "string")) return "string";
  switch (schema.type) {
    case "string":
      return schema.format === "date" ? "date" : schema.format === "date-time" ? "datetime" : schema.format === "time" ? "time" : "string";
    case "integer":
    case "number":
    case "boolean":
    case "object":
    case "array":
      return schema.type;
    default:
      // A union of types, or what JSON Schema cannot say: Table Schema's "any", which takes any text.
      return "any";
  }
}

/**
 * Whether the column's values may include the empty string, which the CSV cannot tell from no value: an empty cell is
 * the missing value, so such a column is never required (a z.string() is; a z.string().min(1) or an enum is not).
 */
function mayBeEmpty(column: z.ZodType): boolean {
  try {
    return column.safeParse("").success;
  } catch {
    // A check that cannot run on its own (an async refinement): go by the JSON Schema alone.
    return false;
  }
}

function field(name: string, schema: JsonSchema, required: boolean): TableSchemaField {
  const { value, nullable } = withoutNull(schema);
  const type = fieldType(value);
  const constraints: NonNullable<TableSchemaField["constraints"]> = {};
  if (required && !nullable) constraints.required = true;
  const values = value.enum ?? (value.const === undefined ? undefined : [value.const]);
  if (values && type !== "any") constraints.enum = values.filter((option) => option !== null) as (string | number | boolean)[];
  if (type === "number" || type === "integer") {
    if (value.minimum !== undefined && !SAFE_INTEGER_BOUNDS.has(value.minimum)) constraints.minimum = value.minimum;
    if (value.maximum !== undefined && !SAFE_INTEGER_BOUNDS.has(value.maximum)) constraints.maximum = value.maximum;
  }
  return {
    name,
    type,
    ...(value.title === undefined ? {} : { title: value.title }),
    ...(value.description === undefined ? {} : { description: value.description }),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/**
 * The Table Schema of a CSV whose rows are the given zod object's output, one column per key in the schema's order
 * (the order csv.ts writes). Derived from z.toJSONSchema, so a column added to the zod schema appears here unedited:
 * string → string, z.iso.date() → date, z.iso.datetime() → datetime, number → number (integer with .int()),
 * boolean → boolean, enum or literal → string with constraints.enum, object or array → object or array (the cell
 * holds JSON), anything else → any; .describe() → description. A column is required when it is neither nullable nor
 * optional and cannot be the empty string (which the CSV writes as an empty cell, the same as null): so
 * z.string() is not required, z.string().min(1) is.
 * @example tableSchema(z.object({ id: z.string(), n: z.number().nullable() }), { primaryKey: ["id"] }).fields[1]
 *   // { name: "n", type: "number" }
 */
export function tableSchema(schema: z.ZodObject, options: { primaryKey?: readonly string[] } = {}): TableSchema {
  const json = z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }) as { properties?: Record<string, JsonSchema>; required?: string[] };
  const required = new Set(json.required ?? []);
  const fields = Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, column]) =>
    field(name, json.properties?.[name] ?? {}, required.has(name) && !mayBeEmpty(column)),
  );
  const unknown = (options.primaryKey ?? []).filter((name) => !fields.some((candidate) => candidate.name === name));
  if (unknown.length) throw new Error(`primary key names columns the schema does not have: ${unknown.join(", ")}`);
  return { fields, missingValues: [""], ...(options.primaryKey ? { primaryKey: [...options.primaryKey] } : {}) };
}
