import pa11y, { type Pa11yIssue } from "pa11y";
import type { Browser, Page } from "puppeteer-core";
import { AXE_NEEDS_REVIEW_LEVEL, AXE_WCAG22_TAGS, DARK_SCHEME, IGNORED_RULES, PA11Y_RUNNERS, PA11Y_STANDARD, PAGE_TIMEOUT_MS } from "./config";
import { finding, type CheckName, type Finding } from "./findings";

/** One axe violation at one element, as read back from the page. */
interface AxeHit {
  id: string;
  help: string;
  helpUrl: string;
  target: string;
  html: string;
}

const ignored = new Set(IGNORED_RULES.map((rule) => rule.code.toLowerCase()));

/**
 * A pa11y error as a gate finding, named runner:code so tests can match on either checker.
 * @example toFinding({ runner: "axe", code: "image-alt", … }) // { check: "pa11y", rule: "axe:image-alt", … }
 */
export function toFinding(issue: Pa11yIssue, check: CheckName = "pa11y"): Finding {
  return finding(check, `${issue.runner}:${issue.code}`, issue.message, issue.selector || issue.context.slice(0, 120));
}

/**
 * axe's WCAG 2.2 rules (pa11y 9 selects only the 2.0 and 2.1 tags), run in a page pa11y has just checked,
 * where pa11y has already loaded axe.
 * @example await axeWcag22(page) // [] when every target is at least 24 by 24 px or spaced
 */
export async function axeWcag22(page: Page, check: CheckName = "pa11y"): Promise<Finding[]> {
  const hits = await page.evaluate(
    async (tags: string[]) => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: Document,
              options: object,
            ): Promise<{ violations: { id: string; help: string; helpUrl: string; nodes: { target: string[]; html: string }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, { runOnly: { type: "tag", values: tags } });
      return result.violations.flatMap((v) => v.nodes.map((n) => ({ id: v.id, help: v.help, helpUrl: v.helpUrl, target: n.target.join(" "), html: n.html })));
    },
    [...AXE_WCAG22_TAGS],
  );
  return (hits as AxeHit[])
    .filter((hit) => !ignored.has(hit.id.toLowerCase()))
    .map((hit) => finding(check, `axe:${hit.id}`, `${hit.help} (${hit.helpUrl})`, hit.target));
}

/**
 * Checks one URL with pa11y, both runners, WCAG 2 AA (plus axe's WCAG 2.2 rules), in a new tab of the shared browser;
 * with `dark`, as a reader who asks for the dark colour scheme sees it.
 * Only errors count: warnings and notices ask for a person's judgement and are left to the manual checks.
 * @example await checkWithPa11y(browser, "http://127.0.0.1:8080/") // [] for an accessible page
 */
export async function checkWithPa11y(browser: Browser, url: string, scheme: "default" | "dark" = "default"): Promise<Finding[]> {
  const check: CheckName = scheme === "dark" ? "pa11y-dark" : "pa11y";
  const page = await browser.newPage();
  try {
    if (scheme === "dark") await page.emulateMediaFeatures([...DARK_SCHEME]);
    const results = await pa11y(url, {
      browser,
      page,
      runners: [...PA11Y_RUNNERS],
      standard: PA11Y_STANDARD,
      ignore: [...ignored],
      levelCapWhenNeedsReview: AXE_NEEDS_REVIEW_LEVEL,
      includeWarnings: false,
      includeNotices: false,
      timeout: PAGE_TIMEOUT_MS,
    });
    const errors = results.issues.filter((issue) => issue.type === "error").map((issue) => toFinding(issue, check));
    return [...errors, ...(await axeWcag22(page, check))];
  } finally {
    await page.close();
  }
}
