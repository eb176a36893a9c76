import { readFile } from "node:fs/promises";
import path from "node:path";
import type { HtmlValidate } from "html-validate";
import type { Browser } from "puppeteer-core";
import { CONCURRENCY } from "./config";
import { mapLimit, uniqueFindings, type Finding, type PageReport } from "./findings";
import { checkFocus } from "./focus";
import { validateHtml } from "./htmlValidity";
import { checkLayout } from "./layout";
import { anchorsOf, checkLinks, type SiteIndex } from "./links";
import { checkWithPa11y } from "./pa11yCheck";
import { checkReadingOrder } from "./readingOrder";
import { htmlPages, listFiles, onePerTemplate, urlPathOf } from "./sitePages";
import { checkStructure, parsePage } from "./structure";

export interface GateOptions {
  /** The built site folder. */
  siteDir: string;
  /** Where that folder is served, without a trailing slash, e.g. "http://127.0.0.1:41234". */
  baseUrl: string;
  browser: Browser;
  validator: HtmlValidate;
  concurrency?: number;
  /** Which pages also get the browser layout, focus and reading-order checks; default: one page of each template (onePerTemplate). */
  browserCheckPages?: (pages: string[]) => string[];
  /** Called as each page's report is ready, so progress can be printed. */
  onPage?: (report: PageReport) => void;
}

export interface GateResult {
  pages: PageReport[];
  /** The pages that had the browser layout, focus and reading-order checks too. */
  browserChecked: string[];
}

/**
 * The browser checks of one page: reflow, zoom and text spacing; keyboard focus; reading order.
 * @example await browserChecks(browser, "http://127.0.0.1:41234/glossary/")
 */
export async function browserChecks(browser: Browser, url: string): Promise<Finding[]> {
  return [...(await checkLayout(browser, url)), ...(await checkFocus(browser, url)), ...(await checkReadingOrder(browser, url))];
}

/**
 * Checks every HTML page of a built, served site: html-validate, structure and links in Node, pa11y in Chromium,
 * and the browser checks on the chosen pages. Several pages at once in the one browser.
 * @example const { pages } = await runGate({ siteDir, baseUrl, browser, validator });
 */
export async function runGate(options: GateOptions): Promise<GateResult> {
  const files = await listFiles(options.siteDir);
  const pages = htmlPages(files);
  // A gate that found nothing to check must not pass.
  if (!pages.length) throw new Error(`No HTML pages in ${options.siteDir}: nothing was checked.`);
  const sources = new Map(await Promise.all(pages.map(async (file) => [file, await readFile(path.join(options.siteDir, file), "utf8")] as const)));
  const documents = new Map(pages.map((file) => [file, parsePage(sources.get(file)!)]));
  const site: SiteIndex = { files: new Set(files), anchors: new Map(pages.map((file) => [file, anchorsOf(documents.get(file)!)])) };
  const browserChecked = (options.browserCheckPages ?? onePerTemplate)(pages);
  const reports = await mapLimit(pages, options.concurrency ?? CONCURRENCY, async (file) => {
    const url = options.baseUrl + urlPathOf(file);
    const document = documents.get(file)!;
    const findings = [
      ...(await validateHtml(options.validator, sources.get(file)!, file)),
      ...checkStructure(document),
      ...checkLinks(document, file, site),
      ...(await checkWithPa11y(options.browser, url)),
      ...(browserChecked.includes(file) ? await browserChecks(options.browser, url) : []),
    ];
    const report: PageReport = { file, url: urlPathOf(file), findings: uniqueFindings(findings) };
    options.onPage?.(report);
    return report;
  });
  return { pages: reports, browserChecked };
}
