import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import puppeteer, { type Browser } from "puppeteer-core";
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

/**
 * Launches the one headless Chromium all checks share, with a fresh profile that is deleted on close.
 * @example const browser = await launchGateBrowser(); try { … } finally { await browser.close(); }
 */
export async function launchGateBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  // A fresh profile: no cache, cookies or settings from an earlier run can change a result.
  const profile = await mkdtemp(path.join(tmpdir(), "a11y-gate-chromium-"));
  try {
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS, `--user-data-dir=${profile}`],
    });
    browser.once("disconnected", () => void rm(profile, { recursive: true, force: true }));
    return browser;
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
