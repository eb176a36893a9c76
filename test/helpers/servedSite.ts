import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "puppeteer-core";
import { launchChromium } from "../../tools/browser/chromium";
import { buildSite } from "../../src/pipeline/buildSite";
import { serveStatic } from "../../src/pipeline/serve";
import { projectRoot } from "./project";

/** The sample site, built into a temporary folder, served on 127.0.0.1, with a real Chromium to look at it. */
export interface ServedSite {
  /** e.g. "http://127.0.0.1:40123" */
  base: string;
  browser: Browser;
  /** Closes the browser and the server and deletes the built site. */
  close: () => Promise<void>;
}

/**
 * Builds the sample site and serves it for a browser test.
 * @example const site = await servedSite("scorecards-print-"); await site.browser.newPage(); … await site.close();
 */
export async function servedSite(prefix: string): Promise<ServedSite> {
  const out = await mkdtemp(path.join(tmpdir(), prefix));
  await buildSite({ projectRoot, outputDir: out });
  const server = await serveStatic(out, 0);
  const { browser, close } = await launchChromium();
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    close: async () => {
      await close();
      server.close();
      await rm(out, { recursive: true, force: true });
    },
  };
}
