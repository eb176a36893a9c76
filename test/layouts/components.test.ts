/**
 * Templates are built from components in the GOV.UK Frontend way: no partial is included, and each component's
 * macro takes one `params` object and reads nothing its caller set. A static check of the .njk text.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { listFiles } from "../../src/pipeline/listFiles";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** Names a component may read without declaring them: Nunjucks' own loop variable. */
const GLOBALS = new Set(["loop"]);
const KEYWORDS = new Set(["and", "or", "not", "in", "is", "if", "else", "true", "false", "none", "null", "True", "False", "None"]);
const TAG = /\{%-?\s*([\s\S]*?)\s*-?%\}|\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
const STRING = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g;
/** A name read from the template's context: not a property (`.x`), a filter (`| x`), a test (`is x`) or an object key (`x:`). */
const NAME = /(?<![\w$.])(?<!\|\s*)(?<!\bis\s+)([A-Za-z_$][\w$]*)(?![\w$]|\s*:)/g;

const namesIn = (expression = "") => [...expression.matchAll(NAME)].map((match) => match[1] ?? "").filter((name) => !KEYWORDS.has(name));
const namesDeclared = (list = "") => list.split(",").map((name) => name.trim());
const camelCase = (folder: string) => folder.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/** What a component's tags declare (imports, its macro and its arguments, loop variables, sets) and what they read. */
function declaredAndRead(text: string): { declared: Set<string>; read: string[]; macros: string[]; problems: string[] } {
  const declared: string[] = [];
  const read: string[] = [];
  const macros: string[] = [];
  const problems: string[] = [];
  for (const [, tag, output] of text.replace(/\{#[\s\S]*?#\}/g, "").matchAll(TAG)) {
    const body = (tag ?? output ?? "").replace(STRING, '""');
    if (output !== undefined) {
      read.push(...namesIn(body));
      continue;
    }
    const keyword = /^\w*/.exec(body)?.[0] ?? "";
    const rest = body.slice(keyword.length);
    if (keyword === "from") declared.push(...namesDeclared(rest.replace(/^.*\bimport\b/, "")));
    else if (keyword === "macro") {
      const [, name = "", args = ""] = /^\s*(\w+)\s*\(([^)]*)\)\s*$/.exec(rest) ?? [];
      macros.push(`${name}(${args})`);
      declared.push(name, ...namesDeclared(args));
    } else if (keyword === "for" || keyword === "set") {
      const [, names, expression] = (keyword === "for" ? /^(.*?)\bin\b(.*)$/ : /^([^=]*)=(.*)$/).exec(rest) ?? [];
      declared.push(...namesDeclared(names));
      read.push(...namesIn(expression));
    } else if (keyword === "if" || keyword === "elif") read.push(...namesIn(rest));
    else if (!/^(?:else|end\w+)$/.test(keyword)) problems.push(`uses {% ${keyword} %}`);
  }
  return { declared: new Set(declared), read, macros, problems };
}

/**
 * Every way the templates under a project's layouts/ and pages/ break the rule, one line each; none when they keep it.
 * Names are checked per file, not per block: a loop variable read after its loop would pass, which is simple enough.
 */
async function templateProblems(root: string): Promise<string[]> {
  const problems: string[] = [];
  const files = [];
  for (const folder of ["layouts", "pages"]) files.push(...(await listFiles(path.join(root, folder))).map((file) => `${folder}/${file}`));
  for (const file of files.filter((name) => name.endsWith(".njk"))) {
    const text = await readFile(path.join(root, file), "utf8");
    if (/\{%-?\s*include\b/.test(text)) problems.push(`${file}: includes a partial`);
    const [, folder, name] = /^layouts\/components\/([^/]+)\/([^/]+)$/.exec(file) ?? [];
    if (!folder) continue;
    if (name !== "macro.njk") {
      problems.push(`${file}: a component is one macro.njk`);
      continue;
    }
    if (!text.startsWith("{#")) problems.push(`${file}: no comment at the top saying what it shows and its params`);
    const found = declaredAndRead(text);
    const expected = `${camelCase(folder)}(params)`;
    if (found.macros.join() !== expected) problems.push(`${file}: defines ${found.macros.join(", ") || "no macro"}, not ${expected}`);
    problems.push(...found.problems.map((problem) => `${file}: ${problem}`));
    const hidden = [...new Set(found.read.filter((name) => !found.declared.has(name) && !GLOBALS.has(name)))];
    if (hidden.length) problems.push(`${file}: reads ${hidden.join(", ")}, which its caller set (pass it in params)`);
  }
  return problems;
}

describe("template components", () => {
  it("are used without includes, and each reads only its params", async () => {
    const components = (await listFiles(path.join(ROOT, "layouts/components"))).filter((file) => file.endsWith("/macro.njk"));
    expect(components.length).toBeGreaterThanOrEqual(8);
    expect(await templateProblems(ROOT)).toEqual([]);
  });

  it("the check catches an include, a hidden parameter and a macro with arguments of its own", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "scorecards-components-"));
    try {
      await mkdir(path.join(root, "layouts/components/bad-list"), { recursive: true });
      await mkdir(path.join(root, "pages"));
      await writeFile(path.join(root, "pages/page.njk"), '{%- set errata = meeting.errata %}\n{%- include "partials/errata.njk" %}\n');
      await writeFile(
        path.join(root, "layouts/components/bad-list/macro.njk"),
        [
          "{#- A list. params.items -#}",
          "{%- macro badList(params, level) -%}",
          '<h{{ headingLevel }} class="x">{{ params.title | upper }}</h{{ headingLevel }}>',
          "{%- for item in params.items %}<li>{{ item.name }} {{ loop.index }} {{ site.council }}</li>{%- endfor %}",
          "{%- endmacro -%}",
        ].join("\n"),
      );
      expect(await templateProblems(root)).toEqual([
        "layouts/components/bad-list/macro.njk: defines badList(params, level), not badList(params)",
        "layouts/components/bad-list/macro.njk: reads headingLevel, site, which its caller set (pass it in params)",
        "pages/page.njk: includes a partial",
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
