import nunjucks from "nunjucks";
import { describe, expect, it } from "vitest";
import { cacheMacroImports } from "../../src/eleventy/macroImports";

/** An environment whose templates are given as text, counting how often the macro file's top level runs. */
function environment(cached: boolean): { env: nunjucks.Environment; runs: () => number } {
  let runs = 0;
  const sources: Record<string, string> = {
    "macro.njk": "{%- set ran = count() -%}{%- macro greet(name) -%}Hello {{ name }}{{ suffix }}{%- endmacro -%}",
    "page.njk": '{%- from "macro.njk" import greet -%}{{ greet(who) }}',
    "context.njk": '{%- from "macro.njk" import greet with context -%}{{ greet(who) }}',
  };
  const loader = { getSource: (name: string) => ({ src: sources[name]!, path: name, noCache: false }) };
  const env = new nunjucks.Environment(loader as unknown as nunjucks.ILoader);
  env.addGlobal("count", () => (runs += 1));
  if (cached) cacheMacroImports(env);
  return { env, runs: () => runs };
}

describe("cacheMacroImports", () => {
  it("runs an imported macro file once however many pages import it, with the same output", () => {
    const plain = environment(false);
    const cached = environment(true);
    for (const who of ["Ann", "Bob", "Cy"]) {
      expect(cached.env.render("page.njk", { who, suffix: "!" })).toBe(plain.env.render("page.njk", { who, suffix: "!" }));
    }
    expect(cached.env.render("page.njk", { who: "Di" })).toBe("Hello Di");
    expect(plain.runs()).toBe(3);
    expect(cached.runs()).toBe(1);
  });

  it("works out an import with context each time, since its macros may read the page", () => {
    const cached = environment(true);
    expect(cached.env.render("context.njk", { who: "Ann", suffix: "!" })).toBe("Hello Ann!");
    expect(cached.env.render("context.njk", { who: "Bob", suffix: "?" })).toBe("Hello Bob?");
    expect(cached.runs()).toBe(2);
  });
});
