/**
 * data/ratings.json is checked like every data file: each fault at its line and field, with a fix, all at once; a good
 * file gives the site its scheme, and a site without one keeps Kent's Red, Amber and Green.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentProblems } from "../../src/content/problems";
import { readRatingScheme } from "../../src/content/ratingSchemeFile";
import { checkProject } from "../../src/pipeline/checkProject";
import { DEFAULT_RATING_SCHEME } from "../../src/domain/ratingScheme";
import { readSiteData } from "../../src/theme/siteData";
import { projectRoot } from "../helpers/project";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "scorecards-ratings-"));
  await cp(path.join(projectRoot, "data"), path.join(root, "data"), { recursive: true });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const colours = (text: string, background: string, border: string) => ({ text, background, border });
const good = {
  id: "blue",
  word: "Blue",
  meaning: "Target exceeded",
  symbol: "★",
  border: "double",
  rated: true,
  light: colours("#0b2a4a", "#d2e3f5", "#1d5a9e"),
  dark: colours("#d6e8ff", "#0f2d4d", "#7fb2ee"),
};

/** Writes the scheme, one field a line as a council would, and reads the site's data. */
async function withScheme(scheme: unknown) {
  await writeFile(path.join(root, "data", "ratings.json"), `${JSON.stringify(scheme, null, 2)}\n`);
  return readSiteData(root);
}

describe("data/ratings.json", () => {
  it("gives the site its scheme, in its order, with the target rule taken from its three worst ratings", async () => {
    const green = {
      ...good,
      id: "green",
      word: "Green",
      symbol: "✓",
      light: colours("#002d18", "#cce2d8", "#00703c"),
      dark: colours("#c9f2dc", "#0d3b24", "#5fd39a"),
    };
    const red = {
      ...good,
      id: "red",
      word: "Red",
      symbol: "✕",
      border: "solid",
      light: colours("#2a0b06", "#f4cdc6", "#b21e05"),
      dark: colours("#ffdad4", "#5a1409", "#ff8a75"),
    };
    const amber = { ...red, id: "amber", word: "Amber", symbol: "!", border: "dashed" };
    const { problems, ratingScheme } = await withScheme({ statuses: [good, green, amber, red] });
    expect(problems).toEqual([]);
    expect(ratingScheme.statuses.map((status) => status.word)).toEqual(["Blue", "Green", "Amber", "Red"]);
    expect(ratingScheme.targetRule).toEqual({ onTarget: "Green", nearTarget: "Amber", offTarget: "Red" });
    expect((await readRatingScheme(root)).statuses.map((status) => status.id)).toEqual(["blue", "green", "amber", "red"]);
  });

  it("reports every fault at once, each at its line and field with a fix, and the site keeps Kent's scheme meanwhile", async () => {
    const faint = { ...good, id: "green", word: "Green", symbol: "✓", light: colours("#8a8a8a", "#ffffff", "#dddddd") };
    const darkFaint = { ...good, id: "amber", word: "Amber", symbol: "!", dark: colours("#3a3a3a", "#2b2b2b", "#222222") };
    const twin = { ...good, id: "red", word: "Red" };
    const notRated = { ...good, id: "no-data", word: "No data", symbol: "–" };
    const { problems, ratingScheme } = await withScheme({
      statuses: [good, faint, darkFaint, twin, notRated],
      targetRule: { onTarget: "Green", nearTarget: "Purple", offTarget: "Red" },
    });
    expect(problems.map(({ file, line, field, message, hint }) => ({ file, line, field, message, hint }))).toEqual([
      expect.objectContaining({
        line: 29,
        field: "statuses[1].light.text",
        message: "the Green tag's words on its background would have a contrast of 3.45:1 in the light scheme, below the 4.5:1 WCAG asks for",
      }),
      expect.objectContaining({
        line: 31,
        field: "statuses[1].light.border",
        message: "the Green tag's border would have a contrast of 1.36:1 with the light page (#ffffff), below the 3:1 WCAG asks for a shape",
        hint: "choose a darker border colour",
      }),
      expect.objectContaining({
        field: "statuses[2].dark.text",
        message: expect.stringMatching(/^the Amber tag's words on its background would have a contrast of 1\.\d\d:1 in the dark scheme/),
      }),
      expect.objectContaining({
        field: "statuses[2].dark.border",
        message: expect.stringMatching(/^the Amber tag's border would have a contrast of 1\.\d\d:1 with the dark page \(#121416\)/),
      }),
      expect.objectContaining({
        field: "statuses[3].symbol",
        message: '"★" is also the symbol of status 1',
        hint: "give each status its own symbol, so a reader can tell them apart",
      }),
      expect.objectContaining({
        field: "statuses[4].word",
        message: '"No data" is what the site says where a figure has no rating, so it cannot be a rating',
        hint: 'set "rated": false, or choose the word the council\'s key prints',
      }),
      expect.objectContaining({
        field: "targetRule.nearTarget",
        message: '"Purple" is not one of this scheme\'s ratings (No data, Red, Amber, Green, Blue)',
        hint: "name a status with rated: true",
      }),
    ]);
    expect(problems.every((problem) => problem.file === "data/ratings.json")).toBe(true);
    expect(ratingScheme).toBe(DEFAULT_RATING_SCHEME);
  });

  it("refuses a scheme with one rating, a target rule out of order, and an id a bandings entry uses", async () => {
    const only = { ...good, id: "target", word: "On target" };
    const info = { ...good, id: "data-only", word: "Data only", symbol: "i", rated: false };
    const { problems } = await withScheme({ statuses: [only, info], targetRule: { onTarget: "On target", nearTarget: "On target", offTarget: "On target" } });
    expect(problems.map(({ field, message }) => [field, message])).toEqual([
      ["statuses[0].id", 'found "target": is a name a bandings entry already uses; choose another id'],
    ]);
    const { problems: next } = await withScheme({
      statuses: [{ ...only, id: "on-target" }, info],
      targetRule: { onTarget: "On target", nearTarget: "On target", offTarget: "On target" },
    });
    expect(next.map(({ field, message }) => [field, message])).toEqual([
      ["statuses", "names 1 status with rated: true, but a rating scheme needs at least two"],
      ["targetRule", "must name three different ratings, best first: a target met, close to it, and missed"],
    ]);
  });

  it("is not needed: a site without it rates Red, Amber and Green", async () => {
    await rm(path.join(root, "data", "ratings.json"));
    const { problems, ratingScheme } = await readSiteData(root);
    expect(problems).toEqual([]);
    expect(ratingScheme).toBe(DEFAULT_RATING_SCHEME);
    expect(await readRatingScheme(root)).toBe(DEFAULT_RATING_SCHEME);
  });
});

describe("a project whose data/ratings.json has problems", () => {
  let eastbrook: string;
  beforeAll(async () => {
    eastbrook = await mkdtemp(path.join(tmpdir(), "scorecards-ratings-eastbrook-"));
    await cp(path.join(projectRoot, "examples/eastbrook-borough"), eastbrook, { recursive: true });
  });
  afterAll(async () => {
    await rm(eastbrook, { recursive: true, force: true });
  });

  it("is refused at the file's own fields, with their own hints, and its content is not checked against another scheme", async () => {
    const file = path.join(eastbrook, "data/ratings.json");
    const scheme = JSON.parse(await readFile(file, "utf8")) as { statuses: Record<string, unknown>[] };
    scheme.statuses[0] = { ...scheme.statuses[0], border: "wavy", light: { text: "black", background: "#d2e3f5", border: "#1d5a9e" } };
    await writeFile(file, `${JSON.stringify(scheme, null, 2)}\n`);
    const problems = await checkProject(eastbrook).then(
      () => [],
      (error: unknown) => (error instanceof ContentProblems ? error.problems : Promise.reject(error)),
    );
    expect(problems.map(({ file, field, message, hint }) => ({ file, field, message, hint }))).toEqual([
      {
        file: "data/ratings.json",
        field: "statuses[0].border",
        message: 'found "wavy", expected one of "solid", "dashed", "dotted", "double"',
        hint: 'write "solid", "dashed", "dotted" or "double"',
      },
      {
        file: "data/ratings.json",
        field: "statuses[0].light.text",
        message: 'found "black", expected a colour written #rrggbb, e.g. #1d5a9e',
        hint: "write the colour of the tag's words, #rrggbb",
      },
      {
        file: "content/meetings",
        field: "",
        message: "not checked yet: its ratings are the statuses data/ratings.json sets, which has the problems above",
        hint: "fix data/ratings.json first, then run the check again",
      },
    ]);
  });
});
