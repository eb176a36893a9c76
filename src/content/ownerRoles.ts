/**
 * The owners a council names for each indicator (a Cabinet Member, a service, a lead officer …), set per site in
 * `data/site.json` as `ownerRoles`; each indicator gives any of them as a field of its front matter.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "jsonc-parser";
import { z } from "zod";

/** One owner role: the front-matter field that names it, and the label the page prints. */
export interface OwnerRole {
  field: string;
  label: string;
}

/** Kent's four, in the order its scorecard prints them: the roles of a site that names none. */
export const DEFAULT_OWNER_ROLES: readonly OwnerRole[] = [
  { field: "cabinetMember", label: "Cabinet Member" },
  { field: "director", label: "Director" },
  { field: "portfolio", label: "Portfolio" },
  { field: "division", label: "Division" },
];

/** Fields an indicator already has, which no owner role may take. */
const INDICATOR_FIELDS = [
  "id",
  "title",
  "scorecard",
  "kind",
  "unit",
  "unitLabel",
  "moneyIn",
  "decimalPlaces",
  "targetDecimalPlaces",
  "polarity",
  "bandings",
  "dataBasis",
  "dataBasisText",
  "dataSource",
  "outturns",
  "benchmarks",
  "expectedRanges",
  "trend",
];

/** `ownerRoles` in data/site.json: a list of roles, each a field name in camelCase and its label. */
export const ownerRolesSchema = z
  .array(
    z.strictObject({
      field: z
        .string()
        .regex(/^[a-z][A-Za-z0-9]*$/, { message: 'expected a field name in camelCase, e.g. "leadOfficer"' })
        .refine((field) => !INDICATOR_FIELDS.includes(field), { message: "is a field every indicator already has; choose another name for the role" }),
      label: z.string().trim().min(1),
    }),
  )
  .refine((roles) => new Set(roles.map((role) => role.field)).size === roles.length, { message: "names the same field twice; give each role its own field" });

/**
 * The owner roles of the project at `projectRoot`: those data/site.json names, or the default when it names none or
 * cannot be read (the check of data/site.json reports why).
 * @example await readOwnerRoles("examples/riverside") // [{ field: "service", label: "Service" }, …]
 */
export async function readOwnerRoles(projectRoot: string): Promise<readonly OwnerRole[]> {
  const text = await readFile(path.join(projectRoot, "data", "site.json"), "utf8").catch(() => undefined);
  if (text === undefined) return DEFAULT_OWNER_ROLES;
  const data: unknown = parse(text);
  const parsed = ownerRolesSchema.safeParse(data && typeof data === "object" ? (data as { ownerRoles?: unknown }).ownerRoles : undefined);
  return parsed.success ? parsed.data : DEFAULT_OWNER_ROLES;
}
