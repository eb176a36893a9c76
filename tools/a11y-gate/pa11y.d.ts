// pa11y 9 ships no type declarations; these cover the options and results the gate uses.
declare module "pa11y" {
  import type { Browser, Page } from "puppeteer-core";

  export interface Pa11yIssue {
    code: string;
    type: "error" | "warning" | "notice";
    typeCode: number;
    message: string;
    context: string;
    selector: string;
    runner: string;
    runnerExtras?: Record<string, unknown>;
  }

  export interface Pa11yResults {
    documentTitle: string;
    pageUrl: string;
    issues: Pa11yIssue[];
  }

  export interface Pa11yOptions {
    browser?: Browser;
    page?: Page;
    runners?: string[];
    standard?: "WCAG2A" | "WCAG2AA" | "WCAG2AAA";
    ignore?: string[];
    rules?: string[];
    levelCapWhenNeedsReview?: "error" | "warning" | "notice";
    includeWarnings?: boolean;
    includeNotices?: boolean;
    timeout?: number;
    wait?: number;
    viewport?: { width: number; height: number; deviceScaleFactor?: number };
    log?: { debug(message: string): void; error(message: string): void; info(message: string): void };
  }

  function pa11y(url: string, options?: Pa11yOptions): Promise<Pa11yResults>;
  export default pa11y;
}
