import { readFile } from "node:fs/promises";
import path from "node:path";
import { STATE_WORDS } from "../../src/domain/rating";
import { RANGE_STATUS_WORDS } from "../../src/domain/expectedRange";
import { RATING_WORDS } from "./config";

/** Where a built site states its rating scheme's words: the downloads' JSON Schema, which lists every status. */
const DOWNLOAD_SCHEMA = path.join("downloads", "scorecard-data.schema.json");

/**
 * The words a built site's rating tags may say: its own scheme's statuses (read from its downloads' schema, so a site
 * with Blue or "Data only" is checked against them), the states without a rating, and the expected-range words. The
 * default scheme's when the site has no schema to read.
 * @example await siteRatingWords("_site") // ["Red", "Amber", "Green", "No data", …]
 */
export async function siteRatingWords(siteDir: string): Promise<readonly string[]> {
  const text = await readFile(path.join(siteDir, DOWNLOAD_SCHEMA), "utf8").catch(() => undefined);
  if (text === undefined) return RATING_WORDS;
  const rating = (JSON.parse(text) as RecordSchema).properties?.records?.items?.properties?.rating;
  const statuses = (rating?.anyOf ?? [rating]).flatMap((option) => option?.enum ?? []);
  if (!statuses.length) return RATING_WORDS;
  return [...statuses, ...Object.values(STATE_WORDS), ...Object.values(RANGE_STATUS_WORDS)];
}

interface EnumNode {
  enum?: string[];
}
interface RecordSchema {
  properties?: { records?: { items?: { properties?: { rating?: EnumNode & { anyOf?: EnumNode[] } } } } };
}
