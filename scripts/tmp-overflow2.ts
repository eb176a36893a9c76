import path from "node:path";
import type { AddressInfo } from "node:net";
import { launchChromium } from "../src/browser/chromium";
import { serveStatic } from "../src/build/serve";
const server = await serveStatic(path.resolve("_site"), 0);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchChromium();
const page = await browser.newPage();
await page.setViewport({ width: 320, height: 800 });
await page.goto(base + "/meetings/2017-09-07-cype/average-caseload/");
console.log(await page.evaluate(() => {
  const w = document.querySelector(".table-wrapper")!;
  const cs = getComputedStyle(w);
  return { doc: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, body: document.body.scrollWidth, wrapper: [w.clientWidth, w.scrollWidth, cs.overflowX, cs.display], main: document.querySelector("main")!.scrollWidth,
    wide: [...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > 322 && !e.closest(".table-wrapper, .chart-scroll")).map(e => e.tagName + "." + e.className + ":" + Math.round(e.getBoundingClientRect().right)).slice(0, 10) };
}));
await browser.close(); server.close();
