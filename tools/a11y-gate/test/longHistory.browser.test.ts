/**
 * The sample and the examples each cover under ten years, so the gate's run in npm test never meets a history split
 * into decades. Here an archive reported over eleven years is built and put through the whole gate, so a decade's page
 * and the list of a history's pages are held to WCAG 2.2 AA like the rest.
 */
import { rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../../src/pipeline/buildSite";
import { serveStatic } from "../../../src/pipeline/serve";
import { longHistoryProject } from "../../../test/helpers/longHistory";
import { projectRoot } from "../../../test/helpers/project";
import { launchChromium } from "../../browser/chromium";
import { formatPage } from "../findings";
import { createHtmlValidator } from "../htmlValidity";
import { onePerTemplate } from "../sitePages";
import { runGate } from "../runGate";

let root: string;
beforeAll(async () => {
  root = await longHistoryProject();
  await buildSite({ projectRoot: root, outputDir: "_site" });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("a history split into decades", () => {
  it("passes every check of the accessibility gate", async () => {
    const siteDir = path.join(root, "_site");
    const server = await serveStatic(siteDir, 0);
    const { browser, close } = await launchChromium();
    try {
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const decade = "indicators/indicator-01/2010s/index.html";
      const result = await runGate({
        siteDir,
        baseUrl,
        browser,
        validator: await createHtmlValidator(projectRoot),
        // The browser's checks (layout at 320 px, focus, reading order, dark scheme) on a decade's page and its history's own.
        browserCheckPages: (pages) => [...new Set([...onePerTemplate(pages), decade, "indicators/indicator-01/index.html"])],
      });
      expect(result.browserChecked).toContain(decade);
      expect(result.pages.map((page) => page.file)).toContain(decade);
      expect(result.pages.flatMap((page) => (page.findings.length ? formatPage(page) : []))).toEqual([]);
    } finally {
      await close();
      server.close();
    }
  });
});
