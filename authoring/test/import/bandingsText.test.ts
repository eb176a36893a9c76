/**
 * Bandings sentences as the papers print them, in every published form, each also in its mirror image (clauses in
 * the opposite order) and written rating-first; and sentences the importer cannot read, which it must quote.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBandings, rateFine } from "../../../src/domain/bandings";
import { toFine } from "../../../src/domain/units";
import { bandText, readBandingsSentence, readTargetLine } from "../../import/bandingsText";
import { meetingFiles } from "../../import/importPaper";
import { readPaper } from "../../import/parsePaper";
import { SEED } from "./helpers";

/** The clauses of a sentence in the opposite order: "A, B, C" → "C, B, A". */
const mirror = (sentence: string) => sentence.split(", ").reverse().join(", ");
/** Each clause written rating first: "Below 70% = Red" → "Red = Below 70%". */
const ratingFirst = (sentence: string) =>
  sentence
    .split(", ")
    .map((clause) => clause.split(" = ").reverse().join(" = "))
    .join(", ");

describe("band wordings", () => {
  it.each([
    ["Below 70%", "below 70"],
    ["below 70", "below 70"],
    ["Less than 70%", "below 70"],
    ["Under 18", "below 18"],
    ["<70%", "below 70"],
    ["Above 22", "above 22"],
    ["More than 10", "above 10"],
    ["Over 1,000", "above 1000"],
    ["70% to 80%", "70 to 80"],
    ["70% - 80%", "70 to 80"],
    ["70%–80%", "70 to 80"],
    ["Between 70% and 80%", "70 to 80"],
    ["80% and above", "80 and above"],
    ["80% or above", "80 and above"],
    ["80% or more", "80 and above"],
    ["≥80%", "80 and above"],
    ["18 and below", "18 and below"],
    ["18 or less", "18 and below"],
    ["0", "0"],
    ["75.5%", "75.5"],
  ])("%s → %s", (printed, written) => {
    expect(bandText(printed)).toBe(written);
  });

  it.each(["More than ten", "about 70%", "Green", "", "70% to", "and above"])("%j is not a band", (printed) => {
    expect(bandText(printed)).toBeUndefined();
  });
});

describe("the three published forms, as printed, mirrored and rating-first", () => {
  const thresholds = [
    {
      sentence: "Below 70% = Red, 70% to 80% = Amber, 80% and above = Green",
      form: { form: "thresholds", bands: { red: "below 70", amber: "70 to 80", green: "80 and above" } },
    },
    {
      sentence: "Above 22 = Red, 18 to 22 = Amber, 18 and below = Green",
      form: { form: "thresholds", bands: { red: "above 22", amber: "18 to 22", green: "18 and below" } },
    },
    {
      sentence: "Above 10 = Red, 1 to 10 = Amber, 0 = Green",
      form: { form: "thresholds", bands: { red: "above 10", amber: "1 to 10", green: "0" } },
    },
    {
      sentence: "Below 18 = Green, 18 to 22 = Amber, Above 22 = Red",
      form: { form: "thresholds", bands: { red: "above 22", amber: "18 to 22", green: "below 18" } },
    },
    {
      sentence: "Green = target met, Amber = within 10% of target, Red = more than 10% from target",
      form: { form: "tolerance", tolerancePercent: 10 },
    },
    {
      sentence: "Green = target of 90% met, Amber = floor standard of 85% met but target not met, Red = floor standard not met",
      form: { form: "target-and-floor", floor: 85 },
    },
  ];
  for (const { sentence, form } of thresholds) {
    it.each([
      ["as printed", sentence],
      ["mirrored", mirror(sentence)],
      ["rating first", ratingFirst(sentence)],
      ["mirrored, rating first", ratingFirst(mirror(sentence))],
      ["with semicolons", sentence.replaceAll(", ", "; ")],
    ])(`${sentence.slice(0, 40)}… %s`, (_, text) => {
      expect(readBandingsSentence(text)).toMatchObject({ form });
    });
  }

  it("the seed's three threshold sentences and their mirrors build the same bands", () => {
    const cases = [
      {
        line: "Target: 80% (RAG Bandings: Below 70% = Red, 70% to 80% = Amber, 80% and above = Green)",
        polarity: "higher-is-better",
        unit: "percentage",
        decimals: 1,
      },
      { line: "Target: 18 (RAG Bandings: Above 22 = Red, 18 to 22 = Amber, 18 and below = Green)", polarity: "lower-is-better", unit: "number", decimals: 1 },
      { line: "Target: 0 (RAG Bandings: Above 10 = Red, 1 to 10 = Amber, 0 = Green)", polarity: "lower-is-better", unit: "count", decimals: 0 },
    ] as const;
    for (const { line, polarity, unit, decimals } of cases) {
      const sentence = /Bandings: (.*)\)$/.exec(line)![1]!;
      const printed = readTargetLine(line, polarity, unit, decimals, 2017);
      const mirrored = readTargetLine(line.replace(sentence, mirror(sentence)), polarity, unit, decimals, 2017);
      if ("problem" in printed || "problem" in mirrored) throw new Error(JSON.stringify([printed, mirrored]));
      expect(mirrored.entry).toEqual(printed.entry);
      expect(mirrored.bandings.bands).toEqual(printed.bandings.bands);
      // What the data step prints back is the paper's own sentence.
      expect(printed.bandings.targetSentence).toBe(line);
    }
  });

  it("a tolerance and a floor standard become their own fields, and rate as the data step does", () => {
    const tolerance = readTargetLine(
      "Target: 80% (RAG Bandings: Red = more than 10% from target, Amber = within 10% of target, Green = target met)",
      "higher-is-better",
      "percentage",
      1,
      2017,
    );
    if ("problem" in tolerance) throw new Error(tolerance.problem);
    expect(tolerance.entry).toEqual({ financialYear: "2017/18", target: 80, tolerancePercent: 10 });
    expect(rateFine(tolerance.bandings.bands, toFine(72.0, 1))).toBe("Amber");
    expect(rateFine(tolerance.bandings.bands, toFine(71.9, 1))).toBe("Red");

    const floor = readTargetLine(
      "Target: 90%, Floor standard: 85% (RAG Bandings: Red = floor standard not met, Amber = floor standard of 85% met but target not met, Green = target of 90% met)",
      "higher-is-better",
      "percentage",
      1,
      2017,
    );
    if ("problem" in floor) throw new Error(floor.problem);
    expect(floor.entry).toEqual({ financialYear: "2017/18", target: 90, floor: 85 });
    const direct = readBandings({ financialYear: 2017, target: 90, form: { form: "target-and-floor", floor: 85 } }, "higher-is-better", "percentage", 1);
    if ("problems" in direct) throw new Error("unexpected");
    expect(floor.bandings.bands).toEqual(direct.bandings.bands);
  });
});

describe("sentences the importer cannot read are errors that quote them", () => {
  it.each([
    ["More than ten = Red, 1 to 10 = Amber, 0 = Green", /"More than ten" is not a band/],
    ["Below 70% = Red, 70% to 80% = Amber", /there is no Green band/],
    ["Below 70% = Red, 70% to 80% = Amber, 80% and above = Greeen", /"80% and above = Greeen" names no rating/],
    ["Below 70% = Red, 70% to 80% = Red, 80% and above = Green", /Red is given twice/],
    ["Green = target met, Amber = within 10% of target, Red = more than 5% from target", /a tolerance is written/],
  ])("%s", (sentence, reason) => {
    const read = readBandingsSentence(sentence);
    expect(read).toHaveProperty("problem");
    const { problem } = read as { problem: string };
    expect(problem).toContain(`"${sentence}"`);
    expect(problem).toMatch(reason);
  });

  it("bands that overlap or leave gaps are refused with the data step's reason", () => {
    const read = readTargetLine(
      "Target: 80% (RAG Bandings: Below 60% = Red, 70% to 80% = Amber, 80% and above = Green)",
      "higher-is-better",
      "percentage",
      1,
      2017,
    );
    expect(read).toEqual({
      problem: expect.stringMatching(/^the RAG bandings "Below 60% = Red, 70% to 80% = Amber, 80% and above = Green" cannot be used: the bands leave a gap/),
    });
  });

  it("bands in the wrong order for the tolerance are refused", () => {
    const read = readTargetLine("Target: 18 (RAG Bandings: Above 22 = Red, 18 to 22 = Amber, 18 and below = Green)", "higher-is-better", "number", 1, 2017);
    expect(read).toEqual({ problem: expect.stringContaining("higher is better needs Red, Amber, Green") });
  });

  it("a target line without its bandings is quoted", () => {
    expect(readTargetLine("Target: 80%", "higher-is-better", "percentage", 1, 2017)).toEqual({
      problem: expect.stringContaining('found "Target: 80%"'),
    });
  });
});

describe("whole papers with mirrored bandings", () => {
  const seed = readFileSync(SEED, "utf8");
  const ids = Array.from({ length: 7 }, (_, i) => `indicator-${i + 1}`);
  const files = (text: string) => {
    const read = readPaper(text);
    if (!read.paper) throw new Error(JSON.stringify(read.problems));
    return meetingFiles(read.paper, ids);
  };

  it("every sentence of the seed mirrored (and rating first) imports to exactly the same files", () => {
    const sentences = [...seed.matchAll(/RAG Bandings: (.*)\)/g)].map((match) => match[1]!);
    expect(sentences).toHaveLength(7);
    let mirrored = seed;
    let flipped = seed;
    for (const sentence of new Set(sentences)) {
      mirrored = mirrored.replaceAll(sentence, mirror(sentence));
      flipped = flipped.replaceAll(sentence, ratingFirst(mirror(sentence)));
    }
    expect(mirrored).not.toBe(seed);
    expect(files(mirrored)).toEqual(files(seed));
    expect(files(flipped)).toEqual(files(seed));
  });

  it("an unreadable sentence in a paper is reported at its line, quoted", () => {
    const text = seed.replace("Above 10 = Red, 1 to 10 = Amber, 0 = Green", "Red above ten, Amber 1 to 10, Green 0");
    const read = readPaper(text);
    expect(read.problems).toEqual([{ line: 193, message: expect.stringContaining('cannot read the RAG bandings "Red above ten, Amber 1 to 10, Green 0"') }]);
    expect(text.split("\n")[192]).toContain("Red above ten");
  });
});
