import { readFile } from "node:fs/promises";
import path from "node:path";
import type { HtmlValidate } from "html-validate";
import type { Browser } from "puppeteer-core";
import { CONCURRENCY } from "./config";
import { mapLimit, newInDark, sortFindings, uniqueFindings, type Finding, type PageReport } from "./findings";
import { checkFocus } from "./focus";
import { validateHtml } from "./htmlValidity";
import { checkLayout } from "./layout";
import { anchorsOf, checkLinks, type SiteIndex } from "./links";
import { checkWithPa11y } from "./pa11yCheck";
import { checkReadingOrder } from "./readingOrder";
import { listFiles } from "../../src/pipeline/listFiles";
import { htmlPages, onePerTemplate, urlPathOf } from "./sitePages";
import { siteRatingWords } from "./ratingWords";
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
  /** The words the site's rating tags may say; read from the built site's own scheme when not given. */
  ratingWords?: readonly string[];
}

export interface GateResult {
  pages: PageReport[];
  /** The pages that had the browser layout, focus and reading-order checks too. */
  browserChecked: string[];
}

/** One piece of work on one page; the pieces of all pages share the pool, so one big page does not hold up the rest. */
interface Task {
  file: string;
  run(): Promise<Finding[]>;
}

/**
 * The browser checks of one page, as separate tasks: reflow, zoom and text spacing; keyboard focus; reading order;
 * and pa11y and keyboard focus again in the dark colour scheme.
 * @example browserChecks(browser, "http://127.0.0.1:41234/glossary/").length // 5
 */
export function browserChecks(browser: Browser, url: string): (() => Promise<Finding[]>)[] {
  return [
    () => checkLayout(browser, url),
    () => checkFocus(browser, url),
    () => checkReadingOrder(browser, url),
    () => checkWithPa11y(browser, url, "dark"),
    () => checkFocus(browser, url, "dark"),
  ];
}

/**
 * Checks every HTML page of a built, served site: html-validate, structure and links in Node, pa11y in Chromium,
 * and the browser checks on the chosen pages. Several tasks at once in the one browser; each page's report is
 * passed to onPage as soon as its last task ends.
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
  const ratingWords = options.ratingWords ?? (await siteRatingWords(options.siteDir));
  const url = (file: string): string => options.baseUrl + urlPathOf(file);

  const tasks: Task[] = pages.flatMap((file) => [
    {
      file,
      run: async () => {
        const document = documents.get(file)!;
        return [
          ...(await validateHtml(options.validator, sources.get(file)!, file)),
          ...checkStructure(document, file, ratingWords),
          ...checkLinks(document, file, site),
          ...(await checkWithPa11y(options.browser, url(file))),
        ];
      },
    },
    ...(browserChecked.includes(file) ? browserChecks(options.browser, url(file)).map((run) => ({ file, run })) : []),
  ]);
  // Slowest first, so the longest pieces do not start last.
  tasks.sort((a, b) => Number(browserChecked.includes(b.file)) - Number(browserChecked.includes(a.file)));

  const findings = new Map(pages.map((file) => [file, [] as Finding[]]));
  const remaining = new Map(pages.map((file) => [file, tasks.filter((task) => task.file === file).length]));
  const reports = new Map<string, PageReport>();
  await mapLimit(tasks, options.concurrency ?? CONCURRENCY, async (task) => {
    findings.get(task.file)!.push(...(await task.run()));
    remaining.set(task.file, remaining.get(task.file)! - 1);
    if (remaining.get(task.file) === 0) {
      const report: PageReport = { file: task.file, url: urlPathOf(task.file), findings: sortFindings(newInDark(uniqueFindings(findings.get(task.file)!))) };
      reports.set(task.file, report);
      options.onPage?.(report);
    }
  });
  return { pages: pages.map((file) => reports.get(file)!), browserChecked };
}
