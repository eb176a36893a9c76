import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";

/**
 * Chromium flags: headless, no sandbox (CI containers run as root), and nothing that phones home or
 * changes between runs. A fresh --user-data-dir is added per launch.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
] as const;

/** Where to look for a browser, in order; CHROMIUM_PATH overrides. Debian's package installs the first. */
export const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"] as const;

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
      "The accessibility checks, screenshots and search tests need a real browser and are never skipped. Install Chromium:",
      "  Debian or Ubuntu:  sudo apt-get install chromium",
      "or set CHROMIUM_PATH to a Chromium or Chrome binary.",
    ].join("\n"),
  );
}

/** The shared browser and the way to close it that also removes its profile. */
export interface SharedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium with the flags this machine needs and a fresh profile that close() deletes.
 * @example const { browser, close } = await launchChromium(); try { … } finally { await close(); }
 */
export async function launchChromium(): Promise<SharedBrowser> {
  const executablePath = findChromium();
  // A fresh profile: no cache, cookies or settings from an earlier run can change a result.
  const profile = await mkdtemp(path.join(tmpdir(), "scorecards-chromium-"));
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
