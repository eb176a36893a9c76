import { copyFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * The engine floor: the cold build's own pages, copied as plain `.html` templates that Eleventy reads and writes with no
 * template engine and no data, so what is left is what Eleventy itself costs for pages of this size and number.
 * @example await writeFloorSite("/tmp/floor", "/tmp/archive-site-0", ["index.html", "meetings/x/index.html"])
 */
export async function writeFloorSite(root: string, siteDir: string, pages: readonly string[]): Promise<void> {
  const dir = path.join(root, "pages");
  // No template engine for HTML, and nothing but HTML read: the pages are copied through as they are.
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(root, "eleventy.config.mjs"),
    'export default function (eleventyConfig) {\n  eleventyConfig.setTemplateFormats(["html"]);\n  return { htmlTemplateEngine: false };\n}\n',
  );
  const folders = new Set(pages.map((page) => path.dirname(page)));
  for (const folder of folders) await mkdir(path.join(dir, folder), { recursive: true });
  for (const page of pages) await copyFile(path.join(siteDir, page), path.join(dir, page));
}
