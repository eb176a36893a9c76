import nunjucks from "nunjucks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cacheCompiledTemplates } from "../../src/eleventy/compiledTemplates";

const { compiler } = nunjucks as unknown as { compiler: { compile(...args: unknown[]): string } };

describe("cacheCompiledTemplates", () => {
  afterEach(() => vi.restoreAllMocks());

  it("compiles a source once however many templates are made of it, and each renders its own data", () => {
    const env = new nunjucks.Environment();
    cacheCompiledTemplates(env);
    const compile = vi.spyOn(compiler, "compile");
    // As Eleventy makes a template for every page of a paginated one.
    const pages = ["Ann", "Bob", "Cy"].map((who) => new nunjucks.Template("Hello {{ who }}", env, "pages/indicator.njk").render({ who }));
    expect(pages).toEqual(["Hello Ann", "Hello Bob", "Hello Cy"]);
    expect(compile).toHaveBeenCalledTimes(1);
  });

  it("compiles a changed source, or the same source at another path, again", () => {
    const env = new nunjucks.Environment();
    cacheCompiledTemplates(env);
    const compile = vi.spyOn(compiler, "compile");
    expect(new nunjucks.Template("A {{ x }}", env, "a.njk").render({ x: 1 })).toBe("A 1");
    expect(new nunjucks.Template("B {{ x }}", env, "a.njk").render({ x: 2 })).toBe("B 2");
    expect(new nunjucks.Template("A {{ x }}", env, "b.njk").render({ x: 3 })).toBe("A 3");
    expect(compile).toHaveBeenCalledTimes(3);
  });

  it("leaves other environments as Nunjucks has them", () => {
    const env = new nunjucks.Environment();
    const compile = vi.spyOn(compiler, "compile");
    new nunjucks.Template("{{ 1 }}", env, "c.njk").render({});
    new nunjucks.Template("{{ 1 }}", env, "c.njk").render({});
    expect(compile).toHaveBeenCalledTimes(2);
  });
});
