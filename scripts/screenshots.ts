// `npm run screenshots`: builds and serves the sample, then photographs pages at 1280, 390 and 320 CSS px and prints the meeting's page for print to PDF.
import { mkdir, readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { launchChromium } from "../tools/browser/chromium";
import { buildSite } from "../src/pipeline/buildSite";
import { serveStatic } from "../src/pipeline/serve";
import { loadScorecards } from "../src/pipeline/loadScorecards";

const projectRoot = path.resolve(import.meta.dirname, "..");
const outDir = path.join(projectRoot, "screenshots");
await mkdir(outDir, { recursive: true });

const site = await loadScorecards(projectRoot);
await buildSite({ projectRoot, outputDir: "_site" });
const server = await serveStatic(path.join(projectRoot, "_site"), 0);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const meeting = site.meetings[0]!;
const indicator = meeting.indicators[0]!;
const pages = [
  { name: "home", url: "/" },
  { name: "meeting", url: meeting.url },
  { name: "indicator", url: indicator.url },
  { name: "history", url: `/indicators/${indicator.id}/` },
];

const { browser, close } = await launchChromium();
let sideways = 0;
try {
  const page = await browser.newPage();
  for (const width of [1280, 390, 320]) {
    await page.setViewport({ width, height: 900 });
    for (const { name, url } of pages) {
      await page.goto(base + url, { waitUntil: "load" });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      const file = path.join(outDir, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${path.relative(projectRoot, file)}${overflow > 0 ? `  SCROLLS SIDEWAYS by ${overflow}px` : ""}`);
      if (overflow > 0) sideways++;
    }
  }
  // The dark colour scheme, for readers who ask for it.
  await page.setViewport({ width: 1280, height: 900 });
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
  await page.goto(base + indicator.url, { waitUntil: "load" });
  await page.screenshot({ path: path.join(outDir, "indicator-dark-1280.png"), fullPage: true });
  console.log("screenshots/indicator-dark-1280.png");
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);

  // The meeting's page for print: every indicator in full, as the paper sets them out.
  await page.goto(base + meeting.printUrl, { waitUntil: "load" });
  const pdf = path.join(outDir, "meeting-print.pdf");
  await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
  // Each page of a PDF is one "/Type /Page" object; the paper it replaces ran to 14 A4 pages.
  const pageCount = ((await readFile(pdf, "latin1")).match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  console.log(`${path.relative(projectRoot, pdf)}: ${pageCount} A4 pages`);
} finally {
  await close();
  server.close();
}
if (sideways) {
  console.error(`${sideways} page(s) scroll sideways.`);
  process.exit(1);
}
