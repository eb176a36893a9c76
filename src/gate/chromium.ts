import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { CHROMIUM_ARGS, CHROMIUM_CANDIDATES } from "./config";

/** Thrown when the machine has no browser: the gate fails loudly rather than skipping its checks. */
export class NoChromiumError extends Error {
  override name = "NoChromiumError";
}

/**
 * The first Chromium or Chrome found: CHROMIUM_PATH if set, else the usual system paths.
 * @example findChromium() // "/usr/bin/chromium"
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = existsSync): string {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : CHROMIUM_CANDIDATES;
  const found = candidates.find((file) => exists(file));
  if (found) return found;
  throw new NoChromiumError(
    [
      `No Chromium found (looked for ${candidates.join(", ")}).`,
      "The accessibility gate checks every page in a real browser and cannot be skipped. Install Chromium:",
      "  Debian or Ubuntu:  sudo apt-get install chromium",
      "or set CHROMIUM_PATH to a Chromium or Chrome binary.",
    ].join("\n"),
  );
}

/** The shared browser and the way to close it that also removes its profile. */
export interface GateBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Launches the one headless Chromium all checks share, with a fresh profile that close() deletes.
 * @example const { browser, close } = await launchGateBrowser(); try { … } finally { await close(); }
 */
export async function launchGateBrowser(): Promise<GateBrowser> {
  const executablePath = findChromium();
  // A fresh profile: no cache, cookies or settings from an earlier run can change a result.
  const profile = await mkdtemp(path.join(tmpdir(), "a11y-gate-chromium-"));
  // Chromium may still be writing its profile for a moment after it exits, hence the retries.
  const removeProfile = (): Promise<void> => rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS, `--user-data-dir=${profile}`],
    });
  } catch (error) {
    await removeProfile();
    throw error;
  }
  return {
    browser,
    close: async () => {
      await browser.close();
      await removeProfile();
    },
  };
}

/**
 * Defines esbuild's `__name` helper in a page: tsx compiles with keepNames, so functions we pass to
 * page.evaluate call `__name`, which exists in Node but not in the page. Call before the first navigation.
 * @example await allowCompiledFunctions(page); await page.goto(url);
 */
export async function allowCompiledFunctions(page: Page): Promise<void> {
  await page.evaluateOnNewDocument("globalThis.__name = globalThis.__name || ((fn) => fn);");
}
