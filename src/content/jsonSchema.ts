import { z } from "zod";
import { DEFAULT_RATING_SCHEME, type RatingScheme } from "../domain/ratingScheme";
import { DEFAULT_OWNER_ROLES } from "./ownerRoles";
import { FIELD_HINTS, indicatorSchema, indicatorSchemaFor, meetingSchema } from "./schema";

/** Adds each field's plain-English hint as its description, so editors show it as the clerk types. */
function describe(node: unknown): void {
  if (!node || typeof node !== "object") return;
  const schema = node as { properties?: Record<string, { description?: string }> } & Record<string, unknown>;
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (FIELD_HINTS[name] && !property.description) property.description = FIELD_HINTS[name];
  }
  for (const value of Object.values(schema)) {
    if (Array.isArray(value)) value.forEach(describe);
    else describe(value);
  }
}

/**
 * The JSON Schemas of the two kinds of front matter, generated from the TypeScript schema so they never drift; the
 * indicator's owner fields are the site's (`ownerFields`), Kent's four by default, and its ratings the site's scheme's.
 * @example frontMatterJsonSchemas().indicator.properties.unit // { enum: ["percentage", "number", "count"], … }
 * @example frontMatterJsonSchemas(["service", "leadOfficer"]).indicator.properties.service // { type: "string", … }
 */
export function frontMatterJsonSchemas(
  ownerFields?: readonly string[],
  scheme: RatingScheme = DEFAULT_RATING_SCHEME,
): { indicator: Record<string, unknown>; meeting: Record<string, unknown> } {
  const generate = (schema: z.ZodType, title: string, id: string) => {
    const json = z.toJSONSchema(schema, { io: "input", target: "draft-7" }) as Record<string, unknown>;
    describe(json);
    return { $id: id, title, ...json };
  };
  return {
    indicator: generate(
      ownerFields || scheme !== DEFAULT_RATING_SCHEME
        ? indicatorSchemaFor(ownerFields ?? DEFAULT_OWNER_ROLES.map((role) => role.field), scheme)
        : indicatorSchema,
      "Scorecard indicator file front matter",
      "https://committee-scorecards.invalid/schemas/indicator.schema.json",
    ),
    meeting: generate(meetingSchema, "Scorecard meeting.md front matter", "https://committee-scorecards.invalid/schemas/meeting.schema.json"),
  };
}
