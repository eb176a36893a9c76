// `npm run gate` (and the end of `npm test`): builds the sample site, and each example council under examples/, into a
// temporary folder, serves each on 127.0.0.1 and checks every page for WCAG 2.2 AA. Exits non-zero on any problem, or
// when it cannot check (no Chromium).
// `--site DIR` checks an already built folder instead (used by tools/a11y-gate/test/bites.browser.test.ts; handy to check
// a download); `--project DIR` builds and checks that project folder alone.
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Browser } from "puppeteer-core";
import { buildSite } from "../src/pipeline/buildSite";
import { projectFolderOrExit } from "../src/pipeline/projectFolder";
import { serveStatic } from "../src/pipeline/serve";
import { findChromium, launchChromium, NoChromiumError } from "../tools/browser/chromium";
import { IGNORED_RULES, PA11Y_RUNNERS, SCRIPT_PAGES } from "../tools/a11y-gate/config";
import { exampleProjects } from "../tools/a11y-gate/exampleProjects";
import { formatPage } from "../tools/a11y-gate/findings";
import { createHtmlValidator } from "../tools/a11y-gate/htmlValidity";
import { runGate } from "../tools/a11y-gate/runGate";

const toolRoot = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { site: { type: "string" }, project: { type: "string" } } });
const started = performance.now();
const seconds = (): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;

try {
  // Before the build, so a machine without a browser is told at once how to get one.
  findChromium();
} catch (error) {
  if (!(error instanceof NoChromiumError)) throw error;
  console.error(`Accessibility gate: FAILED, nothing was checked.\n${error.message}`);
  process.exit(1);
}

/** A site to check: a built folder, or a project to build first. */
type Target = { label: string; siteDir: string } | { label: string; projectRoot: string };

const targets: Target[] = values.site
  ? [{ label: path.resolve(values.site), siteDir: path.resolve(values.site) }]
  : values.project
    ? [{ label: values.project, projectRoot: await projectFolderOrExit(values.project) }]
    : [
        { label: "the sample", projectRoot: toolRoot },
        ...(await exampleProjects(toolRoot)).map((dir) => ({ label: path.relative(toolRoot, dir), projectRoot: dir })),
      ];

/** Builds (if need be), serves and checks one site; the number of problems found. */
async function checkSite(target: Target, browser: Browser, workDir: string, index: number): Promise<{ pages: number; problems: number; failing: number }> {
  let siteDir: string;
  if ("siteDir" in target) {
    siteDir = target.siteDir;
    console.log(`Accessibility gate: checking the built site in ${siteDir}.`);
  } else {
    siteDir = path.join(workDir, `site-${index}`);
    const { pages } = await buildSite({ projectRoot: target.projectRoot, outputDir: siteDir, quiet: true });
    console.log(`Accessibility gate: built ${pages} pages of ${target.label} in ${seconds()}.`);
  }
  const server = await serveStatic(siteDir, 0);
  try {
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const validator = await createHtmlValidator(toolRoot);
    const result = await runGate({ siteDir, baseUrl, browser, validator, onPage: (report) => console.log(formatPage(report).join("\n")) });
    const problems = result.pages.reduce((sum, page) => sum + page.findings.length, 0);
    const failing = result.pages.filter((page) => page.findings.length).length;
    console.log(
      `Accessibility gate: ${target.label}: ${result.pages.length} pages checked (${result.browserChecked.length} of them also at 320 and 390 px, 200% zoom, ` +
        `text spacing, keyboard focus, reading order and the dark colour scheme)` +
        (problems ? `: ${problems} problem(s) on ${failing} page(s).` : ": 0 problems."),
    );
    return { pages: result.pages.length, problems, failing };
  } finally {
    server.close();
  }
}

const workDir = await mkdtemp(path.join(tmpdir(), "a11y-gate-"));
let exitCode = 1;
try {
  console.log(`Checking every page with pa11y (${PA11Y_RUNNERS.join(" + ")}, WCAG 2.2 AA), html-validate, structure and links.`);
  for (const rule of IGNORED_RULES) console.log(`  not enforced: ${rule.code}: ${rule.reason}`);
  for (const allowed of SCRIPT_PAGES) console.log(`  may run script: ${allowed.page}: ${allowed.reason}`);
  const { browser, close } = await launchChromium();
  try {
    let pages = 0;
    let problems = 0;
    let failing = 0;
    for (const [index, target] of targets.entries()) {
      const checked = await checkSite(target, browser, workDir, index);
      pages += checked.pages;
      problems += checked.problems;
      failing += checked.failing;
    }
    console.log(
      `Accessibility gate: ${pages} pages of ${targets.length} ${targets.length === 1 ? "site" : "sites"} checked in ${seconds()}: ` +
        (problems ? `FAILED, ${problems} problem(s) on ${failing} page(s).` : "passed, 0 problems."),
    );
    exitCode = problems ? 1 : 0;
  } finally {
    await close();
  }
} catch (error) {
  console.error(`Accessibility gate: FAILED after ${seconds()}, the checks could not finish:\n`, error);
} finally {
  await rm(workDir, { recursive: true, force: true });
}
process.exit(exitCode);
