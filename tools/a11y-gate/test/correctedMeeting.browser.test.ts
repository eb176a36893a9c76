/**
 * The sample paper has never been corrected, so the gate's run in npm test never meets the list of changes, the
 * corrected-row marks or the text-as-published disclosure. Here a corrected copy of the sample is built and put
 * through the whole gate, so those parts of the pages are held to WCAG 2.2 AA like the rest, and printed.
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../../src/pipeline/buildSite";
import { serveStatic } from "../../../src/pipeline/serve";
import { copyProject, projectRoot } from "../../../test/helpers/project";
import { launchChromium } from "../../browser/chromium";
import { formatPage } from "../findings";
import { createHtmlValidator } from "../htmlValidity";
import { runGate } from "../runGate";

const SEPT = "content/meetings/2017-09-07-cype";
let root: string;

async function edit(file: string, from: string, to: string): Promise<void> {
  const full = path.join(root, SEPT, file);
  const text = await readFile(full, "utf8");
  expect(text).toContain(from);
  await writeFile(full, text.replace(from, to));
}

beforeAll(async () => {
  root = await copyProject();
  await edit("06-returner-interviews.md", "result: 73.2, target: 85.0", "result: 73.3, target: 85.0");
  await edit("06-returner-interviews.md", "is 1.8% away from moving", "is 1.7 percentage points away from moving");
  await edit("01-adoption-plan-within-4-months.md", "period: 2017-06, result: 62.8", "period: 2017-06, result: 69.1");
  await edit(
    "meeting.md",
    "status: published\n",
    "status: published\nerrata:\n  - date: 2017-10-10\n    change: June 2017 result for Returner Interviews corrected from 73.2 to 73.3\n    reason: a late return\n",
  );
  await buildSite({ projectRoot: root, outputDir: "_site" });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("a corrected meeting", () => {
  it("passes every check of the accessibility gate", async () => {
    const siteDir = path.join(root, "_site");
    expect(await readFile(path.join(siteDir, "meetings/2017-09-07-cype/index.html"), "utf8")).toContain("The text as published");
    const server = await serveStatic(siteDir, 0);
    const { browser, close } = await launchChromium();
    try {
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const result = await runGate({ siteDir, baseUrl, browser, validator: await createHtmlValidator(projectRoot) });
      expect(result.pages.length).toBeGreaterThan(20);
      expect(result.pages.flatMap((page) => (page.findings.length ? formatPage(page) : []))).toEqual([]);
      // On paper nothing can be opened: the text as published prints, while on screen it waits behind its summary.
      const page = await browser.newPage();
      await page.goto(`${baseUrl}/meetings/2017-09-07-cype/`);
      const shown = () => page.$eval(".errata details .govuk-details__text", (text) => text.checkVisibility());
      expect(await shown()).toBe(false);
      await page.emulateMediaType("print");
      expect(await shown()).toBe(true);
    } finally {
      await close();
      server.close();
    }
  });
});
