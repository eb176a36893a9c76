import { readFile } from "node:fs/promises";
import path from "node:path";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";
import { finding, type Finding } from "./findings";

/**
 * An html-validate instance with the project's `.htmlvalidate.json`, read from the project root rather than
 * looked up beside each file, because the gate checks builds in a temporary folder outside the project.
 * @example const validator = await createHtmlValidator(process.cwd());
 */
export async function createHtmlValidator(projectRoot: string): Promise<HtmlValidate> {
  const config = JSON.parse(await readFile(path.join(projectRoot, ".htmlvalidate.json"), "utf8")) as ConfigData;
  return new HtmlValidate(new StaticConfigLoader(config));
}

/**
 * Every html-validate error in one page (warnings are printed by html-validate's own CLI, not failed here).
 * @example await validateHtml(validator, "<p><div></div></p>", "x.html") // [finding("html-validate", "element-permitted-content", …)]
 */
export async function validateHtml(validator: HtmlValidate, html: string, file: string): Promise<Finding[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) =>
    result.messages
      .filter((message) => message.severity === 2)
      .map((message) =>
        finding("html-validate", message.ruleId, message.message, `line ${message.line}:${message.column}${message.selector ? ` ${message.selector}` : ""}`),
      ),
  );
}
