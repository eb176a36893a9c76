/** The chart's figure: caption, chart and the key to its lines, which the caller lists or which defaults to the two lines. */
import { fileURLToPath } from "node:url";
import nunjucks from "nunjucks";
import { describe, expect, it } from "vitest";

const LAYOUTS = fileURLToPath(new URL("../../layouts", import.meta.url));
// As the site's environment is set up (src/eleventy/config.ts).
const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader([LAYOUTS]), { autoescape: true, throwOnUndefined: false });

const render = (params: Record<string, unknown>): string =>
  environment.renderString('{%- from "components/chart-figure/macro.njk" import chartFigure -%}{{ chartFigure(params) }}', { params });

/** The figure as the macro wrote it before the key was a parameter, for the sample's charts. */
const BEFORE = `<figure class="chart-figure">
  <figcaption class="govuk-body-s">Result rose.</figcaption>
  <div class="chart-frame"><svg></svg></div>
  <ul class="key govuk-body-s">
    <li><span class="key__swatch key__swatch--result" aria-hidden="true"></span>Result (solid line with points)</li>
    <li><span class="key__swatch key__swatch--target" aria-hidden="true"></span>Target (dashed line)</li>
  </ul>
</figure>`;

describe("chartFigure", () => {
  it("carries both drawings, the page's stylesheet showing the one that fits; on the page made for print, the wide one alone", () => {
    const svgs = { wide: '<svg class="chart--wide"></svg>', narrow: '<svg class="chart--narrow"></svg>' };
    expect(render({ description: "Result rose.", svgs })).toContain(
      '<div class="chart-frame"><svg class="chart--wide"></svg><svg class="chart--narrow"></svg></div>',
    );
    const print = render({ description: "Result rose.", svgs, print: true });
    expect(print).toContain('<figure class="chart-figure chart-figure--print">');
    expect(print).toContain('<div class="chart-frame"><svg class="chart--wide"></svg></div>');
  });

  it("keys the result and the target, as it always did, when its caller gives no key", () => {
    expect(render({ description: "Result rose.", svgs: { wide: "<svg></svg>", narrow: "" } })).toBe(BEFORE);
  });

  it("writes the same key from the same two entries given by the caller", () => {
    const key = [
      { swatch: "result", text: "Result (solid line with points)" },
      { swatch: "target", text: "Target (dashed line)" },
    ];
    expect(render({ description: "Result rose.", svgs: { wide: "<svg></svg>", narrow: "" }, key })).toBe(BEFORE);
  });

  it("writes each entry the caller gives, in order, with its swatch, escaping its text", () => {
    const key = [
      { swatch: "result", text: "Result (solid line with points)" },
      { swatch: "comparison-1", text: "Same month last year (dotted line with squares)" },
      { swatch: "comparison-2", text: "England average <2016/17> & more" },
    ];
    const html = render({ description: "Result rose.", svgs: { wide: "<svg></svg>", narrow: "" }, key });
    const items = [...html.matchAll(/<li>(.*)<\/li>/g)].map((match) => match[1]);
    expect(items).toEqual([
      '<span class="key__swatch key__swatch--result" aria-hidden="true"></span>Result (solid line with points)',
      '<span class="key__swatch key__swatch--comparison-1" aria-hidden="true"></span>Same month last year (dotted line with squares)',
      '<span class="key__swatch key__swatch--comparison-2" aria-hidden="true"></span>England average &lt;2016/17&gt; &amp; more',
    ]);
  });
});
