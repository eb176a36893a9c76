/** Rating schemes councils publish, as data/ratings.json would state them, for the tests of each. */
import { schemeFrom } from "../../src/content/ratingSchemeFile";
import type { RatingScheme, Status, StatusColours } from "../../src/domain/ratingScheme";

const LIGHT: StatusColours = { text: "#0b0c0c", background: "#f3f2f1", border: "#505a5f" };
const DARK: StatusColours = { text: "#f3f2f1", background: "#2b2f33", border: "#b1b4b6" };

/** A status with readable colours in both schemes; the colours are not what these tests are about. */
function status(id: string, word: string, symbol: string, rated: boolean, border: Status["border"] = "solid", meaning?: string): Status {
  return { id, word, symbol, border, rated, light: LIGHT, dark: DARK, ...(meaning ? { meaning } : {}) };
}

/** Blue for a target exceeded above Kent's three, then two statuses that are not ratings (Eastbrook's, and many councils'). */
export const BLUE: RatingScheme = schemeFrom({
  statuses: [
    status("blue", "Blue", "★", true, "double", "Target exceeded"),
    status("green", "Green", "✓", true),
    status("amber", "Amber", "!", true, "dashed"),
    status("red", "Red", "✕", true),
    status("data-only", "Data only", "i", false, "dotted", "Reported for information"),
    status("not-due", "Not due", "…", false, "dotted"),
  ],
});

/** Harlow's: a green star for above target, a blue circle for within target, a red triangle for behind target. */
export const HARLOW: RatingScheme = schemeFrom({
  statuses: [
    status("above-target", "Above target", "★", true, "double", "Performance is above target"),
    status("within-target", "Within target", "●", true, "dashed", "Performance is within target"),
    status("behind-target", "Behind target", "▲", true, "solid", "Performance is behind target"),
  ],
});

/** Two ratings and nothing between: rated with a band for each, since no rule from a target can name a middle rating. */
export const MET_OR_NOT: RatingScheme = schemeFrom({
  statuses: [status("met", "Met", "✓", true), status("not-met", "Not met", "✕", true, "dashed")],
});
