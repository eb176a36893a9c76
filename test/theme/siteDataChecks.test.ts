/** The site configuration refused where it would harm every page: unreadable colours, markup in names, a weaker Content-Security-Policy. */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readSiteData } from "../../src/theme/siteData";

const projectRoot = path.resolve(import.meta.dirname, "../..");
let root: string;
const edit = async (name: string, change: (text: string) => string) => {
  const file = path.join(root, "data", name);
  await writeFile(file, change(await readFile(file, "utf8")));
};

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "scorecards-data-"));
  await cp(path.join(projectRoot, "data"), path.join(root, "data"), { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("the site's configuration: what would reach every page", () => {
  it("refuse council colours that would make the header text or links unreadable", async () => {
    await edit("site.json", (text) => text.replace('"brandText": "#ffffff"', '"brandText": "#2a4a7e"'));
    const { problems } = await readSiteData(root);
    expect(problems.map((p) => [`${p.file}:${p.line}`, p.field, p.message])).toEqual([
      ["data/site.json:7", "colours.brandText", "the header text on the brand colour would have a contrast of 1.26:1, below the 4.5:1 WCAG asks for"],
    ]);
  });

  it("refuse a focus colour on which a focused link's text could not be read", async () => {
    await edit("site.json", (text) => text.replace(/"focus": "#[0-9a-f]{6}"/i, '"focus": "#0b0c0c"'));
    const { problems } = await readSiteData(root);
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      [
        "colours.focus",
        "a focused link's text (#0b0c0c) on the focus colour would have a contrast of 1.00:1, below the 4.5:1 WCAG asks for, so keyboard users could not see where they are",
      ],
    ]);
  });

  it("refuse markup in the council's names, which would reach every page", async () => {
    await edit("site.json", (text) =>
      text.replace('"council": "Kent County Council"', '"council": "Kent <meta http-equiv=refresh content=0;url=https://evil.example/> County Council"'),
    );
    const { problems } = await readSiteData(root);
    expect(problems.map((p) => [`${p.file}:${p.line}`, p.field])).toEqual([["data/site.json:2", "council"]]);
    // The value is quoted cut short, as every long value is, so a pasted document cannot flood the report.
    expect(problems[0]!.message).toBe(
      'found "Kent <meta http-equiv=refresh content=0;url=https://evil.exa…unty Council" (81 characters): contains < or >, which could put markup on every page; names are plain text',
    );
  });

  it("refuse a Content-Security-Policy weaker than the default for script, unless an override says why", async () => {
    const policy = "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self'; img-src 'self'";
    await edit("site.json", (text) => text.replace(/"contentSecurityPolicy": "[^"]*"/, `"contentSecurityPolicy": "${policy}"`));
    const refused = await readSiteData(root);
    expect(refused.problems.map((p) => [p.field, p.message])).toEqual([
      ["contentSecurityPolicy", "script-src allows 'unsafe-inline', which lets script the site did not write run on its pages"],
    ]);
    expect(refused.problems[0]!.hint).toContain('add "contentSecurityPolicyOverride" saying why');
    await edit("site.json", (text) =>
      text.replace(
        `"contentSecurityPolicy": "${policy}"`,
        `"contentSecurityPolicy": "${policy}",\n  "contentSecurityPolicyOverride": "the council's web analytics tag is inline"`,
      ),
    );
    expect((await readSiteData(root)).problems).toEqual([]);
  });

  it.each([
    ["default-src 'none'; style-src 'self'", undefined],
    ["default-src 'none'; script-src 'self' 'wasm-unsafe-eval'", undefined],
    ["script-src 'self'", "the policy has no default-src"],
    ["default-src *", "default-src allows *"],
    ["default-src 'none'; script-src https:", "script-src allows https:"],
    ["default-src 'self'; script-src 'self' 'unsafe-eval'", "script-src allows 'unsafe-eval'"],
  ])("a policy of %s is %s", async (policy, weaker) => {
    const { weakerPolicy } = await import("../../src/theme/siteData");
    expect(weakerPolicy(policy)).toBe(weaker);
  });
});
