/**
 * Proof the accessibility gate bites: the same gate (runGate, with every check) run over deliberately broken pages.
 *
 * Each page in tools/a11y-gate/test/fixtures/a11y-broken/ is the control page's skeleton with one fault, styled by the site's real
 * stylesheet (compiled here into assets/site.css) plus fixture.css for the faults CSS makes. The control page must
 * pass everything, so a fault page fails only for its fault: each case names the rules that must fire and may name
 * others that the same fault can also trip; anything else fails the test. One browser serves the whole file.
 */
import { spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../../src/pipeline/serve";
import { launchChromium, type SharedBrowser } from "../../browser/chromium";
import { formatPage, type PageReport } from "../findings";
import { createHtmlValidator } from "../htmlValidity";
import { runGate } from "../runGate";
import type { SiteConfig } from "../../../src/theme/siteData";
import { compileStylesheet } from "../../../src/theme/stylesheet";

const projectRoot = fileURLToPath(new URL("../../..", import.meta.url));
const FIXTURES = path.join(projectRoot, "tools/a11y-gate/test/fixtures/a11y-broken");

interface Case {
  page: string;
  /** Every one of these rules must be reported (as check/rule, or a RegExp on it). */
  expect: (string | RegExp)[];
  /** Rules the same fault may also trip; anything outside expect + also fails the case. */
  also?: (string | RegExp)[];
}

const CASES: Case[] = [
  {
    page: "missing-alt.html",
    expect: ["pa11y/axe:image-alt", /^pa11y\/htmlcs:WCAG2AA\.Principle1\.Guideline1_1\.1_1_1\.H37$/],
    also: ["html-validate/wcag/h37"],
  },
  { page: "low-contrast.html", expect: ["pa11y/axe:color-contrast", /^pa11y\/htmlcs:WCAG2AA\.Principle1\.Guideline1_4\.1_4_3\.G18\.Fail$/] },
  { page: "table-without-headers.html", expect: ["structure/table-caption", "structure/table-headers"] },
  { page: "chart-without-name.html", expect: ["structure/svg-name", "pa11y/axe:svg-img-alt"] },
  { page: "rating-colour-only.html", expect: ["structure/rating-text"] },
  { page: "skipped-heading.html", expect: ["structure/heading-order"] },
  // One unclosed element upsets everything after it, so html-validate may name several rules.
  { page: "invalid-html.html", expect: ["html-validate/close-order"], also: [/^html-validate\//] },
  { page: "broken-link.html", expect: ["links/broken-link", "links/broken-fragment"] },
  { page: "script.html", expect: ["structure/no-script"] },
  { page: "wrong-language.html", expect: ["structure/html-lang"] },
  { page: "sideways-scroll.html", expect: ["reflow/sideways-scroll", "phone/sideways-scroll"], also: ["reflow/offscreen-text", "phone/offscreen-text"] },
  { page: "clipped-chart.html", expect: ["reflow/overwide-content", "phone/overwide-content"] },
  { page: "clipped-text.html", expect: ["zoom/clipped-text", "reflow/clipped-text", "text-spacing/clipped-text"], also: ["phone/clipped-text"] },
  { page: "focus-invisible.html", expect: ["focus/focus-not-visible"] },
  { page: "focus-low-contrast.html", expect: ["focus/focus-low-contrast"] },
  { page: "reading-order.html", expect: ["reading-order/visual-order"] },
];

let siteDir: string;
let server: Server;
let gateBrowser: SharedBrowser;
let reports: Map<string, PageReport>;

beforeAll(async () => {
  // A copy of the fixtures with the site's real stylesheet beside them, served as the site is.
  siteDir = await mkdtemp(path.join(tmpdir(), "a11y-bites-"));
  await cp(FIXTURES, siteDir, { recursive: true });
  const siteConfig = JSON.parse(await readFile(path.join(projectRoot, "data/site.json"), "utf8")) as SiteConfig;
  const scss = await readFile(path.join(projectRoot, "pages/assets/site.scss"), "utf8");
  await mkdir(path.join(siteDir, "assets"));
  await writeFile(path.join(siteDir, "assets/site.css"), await compileStylesheet(scss, siteConfig, projectRoot));
  server = await serveStatic(siteDir, 0);
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  gateBrowser = await launchChromium();
  const result = await runGate({
    siteDir,
    baseUrl,
    browser: gateBrowser.browser,
    validator: await createHtmlValidator(projectRoot),
    // Every fixture is its own template, so every one gets the browser checks.
    browserCheckPages: (pages) => pages,
  });
  reports = new Map(result.pages.map((report) => [report.file, report]));
});

afterAll(async () => {
  await gateBrowser?.close();
  server?.close();
  if (siteDir) await rm(siteDir, { recursive: true, force: true });
});

const rulesOf = (report: PageReport): string[] => report.findings.map((f) => `${f.check}/${f.rule}`);
const matches = (rule: string, pattern: string | RegExp): boolean => (typeof pattern === "string" ? rule === pattern : pattern.test(rule));

describe("the accessibility gate on deliberately broken pages", () => {
  it("checks every fixture page", () => {
    expect([...reports.keys()].sort()).toEqual(["control.html", ...CASES.map((c) => c.page)].sort());
  });

  it("passes the control page, which has every feature the fault pages break, done right", () => {
    const report = reports.get("control.html")!;
    expect(report.findings, formatPage(report).join("\n")).toEqual([]);
  });

  for (const c of CASES) {
    it(`fails ${c.page} with ${c.expect.map(String).join(" and ")}`, () => {
      const report = reports.get(c.page)!;
      const rules = rulesOf(report);
      const printed = formatPage(report).join("\n");
      for (const pattern of c.expect)
        expect(
          rules.some((rule) => matches(rule, pattern)),
          `${String(pattern)} not reported:\n${printed}`,
        ).toBe(true);
      const unexpected = rules.filter((rule) => ![...c.expect, ...(c.also ?? [])].some((pattern) => matches(rule, pattern)));
      expect(unexpected, `reported for something other than the page's fault:\n${printed}`).toEqual([]);
    });
  }
});

describe("the gate script", () => {
  const gate = (args: string[], env: NodeJS.ProcessEnv = {}): ReturnType<typeof spawnSync> =>
    spawnSync(process.execPath, ["--import", "tsx", path.join(projectRoot, "scripts/a11y-gate.ts"), ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      encoding: "utf8",
      timeout: 120_000,
    });

  it("exits non-zero and lists the problem when a page fails", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "a11y-bites-script-"));
    try {
      await cp(path.join(siteDir, "missing-alt.html"), path.join(folder, "index.html"));
      await cp(path.join(siteDir, "pixel.svg"), path.join(folder, "pixel.svg"));
      await cp(path.join(siteDir, "fixture.css"), path.join(folder, "fixture.css"));
      await cp(path.join(siteDir, "assets"), path.join(folder, "assets"), { recursive: true });
      const run = gate(["--site", folder]);
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(1);
      expect(run.stdout).toMatch(/axe:image-alt/);
      expect(run.stdout).toMatch(/Accessibility gate: 1 pages of 1 site checked in \d+\.\d s: FAILED, \d+ problem\(s\) on 1 page\(s\)\./);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("fails, saying how to install Chromium, when there is none", () => {
    const run = gate([], { CHROMIUM_PATH: "/nonexistent/chromium" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/No Chromium found/);
    expect(run.stderr).toMatch(/apt-get install chromium/);
  });
});
