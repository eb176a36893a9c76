import { allowCompiledFunctions, launchGateBrowser } from "./chromium";
const { browser, close } = await launchGateBrowser();
const page = await browser.newPage();
await allowCompiledFunctions(page);
await page.goto("data:text/html,<p>hi</p>");
try {
  const r = await page.evaluate(() => { const f = (x: number) => x + 1; function g(y: number) { return y * 2; } return g(f(1)); });
  console.log("ok", r);
} catch (e) { console.log("fail", (e as Error).message); }
await close();
