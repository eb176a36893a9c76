import { describe, expect, it } from "vitest";
import { markAbbreviations } from "../../src/theme/abbreviations";

const glossary = [
  { term: "CIC", meaning: "Children in Care" },
  { term: "SCS", meaning: "Specialist Children's Services" },
];

describe("markAbbreviations", () => {
  it("marks the first use of each term inside <main> only, with the meaning as an escaped title", () => {
    const html = "<title>CIC</title><header>CIC</header><main><p>CIC and CIC</p><p>SCS & SCS</p></main><footer>SCS</footer>";
    expect(markAbbreviations(html, glossary)).toBe(
      '<title>CIC</title><header>CIC</header><main><p><abbr title="Children in Care">CIC</abbr> and CIC</p><p><abbr title="Specialist Children\'s Services">SCS</abbr> & SCS</p></main><footer>SCS</footer>',
    );
  });

  it("leaves terms inside links, charts, code and existing abbreviations alone, and marks the next plain use", () => {
    const html = '<main><a href="/">CIC</a><svg><text>CIC</text></svg><code>CIC</code><abbr title="x">CIC</abbr><br/><p>CIC</p></main>';
    expect(markAbbreviations(html, glossary)).toBe(
      '<main><a href="/">CIC</a><svg><text>CIC</text></svg><code>CIC</code><abbr title="x">CIC</abbr><br/><p><abbr title="Children in Care">CIC</abbr></p></main>',
    );
  });

  it("matches whole words only, not parts of longer words or paths", () => {
    const html = "<main><p>CICs CIC/SCS /CIC SCSx</p></main>";
    expect(markAbbreviations(html, glossary)).toBe(html);
  });

  it("returns a page without <main> unchanged", () => {
    expect(markAbbreviations("<p>CIC</p>", glossary)).toBe("<p>CIC</p>");
  });
});

describe("abbreviations and HTML entities", () => {
  it("never marks a term inside an entity: a glossary term quot leaves &quot; whole", () => {
    const html = "<main><p>The &quot;quot&quot; of the day, and AT&amp;T.</p><p>CIC; then</p></main>";
    expect(
      markAbbreviations(html, [
        { term: "quot", meaning: "quotation" },
        { term: "amp", meaning: "amplifier" },
        { term: "CIC", meaning: "Children in Care" },
      ]),
    ).toBe(
      '<main><p>The &quot;<abbr title="quotation">quot</abbr>&quot; of the day, and AT&amp;T.</p><p><abbr title="Children in Care">CIC</abbr>; then</p></main>',
    );
  });
});
