import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * The yardstick: as many plain markdown pages as the archive has, with a minimal layout, for bare Eleventy.
 * @example await writeBareSite("/tmp/bare", 3600)
 */
export async function writeBareSite(root: string, pages: number): Promise<void> {
  const dir = path.join(root, "pages");
  await mkdir(path.join(dir, "_includes"), { recursive: true });
  await writeFile(path.join(root, "eleventy.config.mjs"), "export default function () {}\n");
  await writeFile(
    path.join(dir, "_includes", "page.njk"),
    '<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main>{{ content | safe }}</main></body></html>\n',
  );
  for (let i = 0; i < pages; i++) {
    const folder = path.join(dir, `p${Math.floor(i / 100)}`);
    if (i % 100 === 0) await mkdir(folder, { recursive: true });
    await writeFile(
      path.join(folder, `page-${i}.md`),
      `---\nlayout: page.njk\ntitle: Page ${i}\n---\n# Page ${i}\n\nThe increase in referral rates has led to an increase in the total caseload, which has had an impact across various aspects of service provision.\n\n| Period | Result |\n| --- | --- |\n| Mar 2017 | 68.6% |\n| Apr 2017 | 62.8% |\n`,
    );
  }
}
