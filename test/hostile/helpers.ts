/**
 * Shared by the hostile-input tests: throwaway projects holding a fixture's meetings, file listings and hashes,
 * and the scan that says whether a built page could run anything.
 */
import { createHash } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { listFiles } from "../../src/pipeline/listFiles";
import { FIXTURE_BASES, layOver } from "../helpers/overlay";
import { copyProject } from "../helpers/project";

/** test/fixtures/hostile/: one folder per case, each the files it changes in HOSTILE_BASE (see test/helpers/overlay.ts). */
export const HOSTILE = fileURLToPath(new URL("../fixtures/hostile/", import.meta.url));

/** test/fixtures/base/hostile/: the meeting every hostile case is laid over, its meeting.md and one sound indicator. */
export const HOSTILE_BASE = path.join(FIXTURE_BASES, "hostile");

/** The meeting folder every hostile fixture uses. */
export const FOLDER = "2019-03-14-hostile";

/**
 * A throwaway copy of the project (see test/helpers/project.ts) whose only content is a hostile case laid over
 * HOSTILE_BASE, with no lock file, so nothing in it counts as published.
 * @example const root = await projectWith(path.join(HOSTILE, "inert"));
 */
export async function projectWith(fixture?: string): Promise<string> {
  const root = await copyProject();
  if (fixture) {
    await rm(path.join(root, "content/meetings"), { recursive: true, force: true });
    await rm(path.join(root, "content/published.lock.json"), { force: true });
    await layOver(root, HOSTILE_BASE, fixture);
  }
  return root;
}

export { listFiles };

/** Every file under a folder with the SHA-256 of its bytes. */
export async function hashFiles(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const file of await listFiles(dir)) {
    hashes.set(
      file,
      createHash("sha256")
        .update(await readFile(path.join(dir, file)))
        .digest("hex"),
    );
  }
  return hashes;
}

/** Attributes that hold a URL a browser may follow, load or run. */
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "xlink:href",
  "data",
  "poster",
  "background",
  "cite",
  "srcset",
  "ping",
  "manifest",
  "codebase",
  "longdesc",
]);

/** Elements that run, frame or load something, or change where links and forms go. */
const ACTIVE_ELEMENTS = new Set(["iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "style", "portal", "template"]);

/** Schemes that run or smuggle content; a browser ignores whitespace and control characters inside them. */
const ACTIVE_URL = /^(?:javascript|vbscript|data|file|livescript):/i;

/**
 * Everything on a page that could run script or load something from elsewhere, as readable findings; empty when inert.
 * External scripts from the site's own paths are allowed only when `scriptsAllowed` is set (the search page).
 * @example unsafeMarkup(new JSDOM(html).window.document) // []
 */
export function unsafeMarkup(doc: Document, scriptsAllowed = false): string[] {
  const findings: string[] = [];
  for (const element of doc.querySelectorAll("*")) {
    const tag = element.tagName.toLowerCase();
    if (tag === "script") {
      const src = element.getAttribute("src");
      if (!src) findings.push(`inline <script>: ${element.textContent?.slice(0, 80)}`);
      else if (!scriptsAllowed || !/^\/(?![/\\])/.test(src)) findings.push(`<script src="${src}">`);
      if (element.textContent?.trim()) findings.push(`script with inline code: ${element.textContent.slice(0, 80)}`);
    }
    if (ACTIVE_ELEMENTS.has(tag)) findings.push(`<${tag}>`);
    if (tag === "meta" && /refresh|set-cookie/i.test(element.getAttribute("http-equiv") ?? ""))
      findings.push(`<meta http-equiv="${element.getAttribute("http-equiv")}">`);
    if (tag === "link" && !/^(stylesheet|canonical|alternate|icon)$/i.test(element.getAttribute("rel") ?? ""))
      findings.push(`<link rel="${element.getAttribute("rel")}">`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.replace(/[\s\u0000-\u001F]/g, "");
      if (name.startsWith("on")) findings.push(`${tag}[${name}]`);
      if (name === "srcdoc") findings.push(`${tag}[srcdoc]`);
      if (URL_ATTRIBUTES.has(name) && ACTIVE_URL.test(value)) findings.push(`${tag}[${name}="${attribute.value.slice(0, 80)}"]`);
      if (name === "style" && /url\(|expression\(/i.test(value)) findings.push(`${tag}[style="${attribute.value.slice(0, 80)}"]`);
      if (name === "href" && /^(?:[/\\]|%5c){2}/i.test(value)) findings.push(`${tag}[href="${attribute.value}"] (another site, protocol-relative)`);
    }
  }
  return findings;
}

/**
 * The page's Content-Security-Policy meta tag, with what is wrong with it: it must forbid everything by default
 * and never allow inline script or eval.
 */
export function policyProblems(doc: Document): string[] {
  const metas = [...doc.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')];
  if (metas.length !== 1) return [`${metas.length} Content-Security-Policy meta tags, expected 1`];
  const policy = metas[0]!.getAttribute("content") ?? "";
  const problems: string[] = [];
  if (!/(^|;)\s*default-src 'none'/.test(policy)) problems.push(`no default-src 'none' in "${policy}"`);
  if (/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/.test(policy)) problems.push(`the policy allows inline script, eval or any host: "${policy}"`);
  const scripts = /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1];
  if (scripts && scripts.split(/\s+/).some((source) => !["'self'", "'wasm-unsafe-eval'"].includes(source)))
    problems.push(`script-src allows more than the site itself: "${scripts}"`);
  return problems;
}

/** Text as a reader sees it, with runs of ordinary white space collapsed (non-breaking spaces are kept). */
export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? "").replace(/[ \t\r\n]+/g, " ").trim();
}
