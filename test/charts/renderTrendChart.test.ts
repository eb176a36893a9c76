import { JSDOM } from "jsdom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { twoLineLabels } from "../../src/charts/chartLayout";
import { renderResponsiveTrendChart, renderTrendChart, type TrendChartInput } from "../../src/charts/renderTrendChart";
import { colours } from "../../src/theme/colours";

const CHARTIST_GLOBALS = ["window", "document", "Element", "SVGElement"];
const globalDescriptors = (): (PropertyDescriptor | undefined)[] => CHARTIST_GLOBALS.map((name) => Object.getOwnPropertyDescriptor(globalThis, name));
// Captured before any chart renders, so a leak from any earlier test is caught too.
const initialGlobals = globalDescriptors();

const parserWindow = new JSDOM("<!DOCTYPE html><html><body></body></html>").window;
const SVG_NS = "http://www.w3.org/2000/svg";

const seed: TrendChartInput = {
  title: "Trend chart: Adoptions within 12 months, Mar 2017 to Jun 2017",
  labels: ["Mar 2017", "Apr 2017", "May 2017", "Jun 2017"],
  results: [68.6, 62.8, 63.2, 62.8],
  targets: [75, 80, 80, 80],
  formatValue: (v) => `${v.toFixed(1)}%`,
  targetLabel: "Target 80.0%",
  idPrefix: "chart-adoption",
};

function parse(svg: string): Element {
  const doc = new parserWindow.DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc.documentElement;
}

function all(root: Element, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

function moveCount(d: string | null): number {
  return (d ?? "").match(/M/g)?.length ?? 0;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("renderTrendChart: the SVG it writes", () => {
  it("returns well-formed SVG named by its title alone (the page's figure caption gives its message)", () => {
    const svg = renderTrendChart(seed);
    const root = parse(svg);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.getAttribute("role")).toBe("img");
    expect(root.hasAttribute("aria-labelledby")).toBe(false);
    expect(root.getAttribute("focusable")).toBe("false");
    expect(root.getAttribute("class")).toBe("chart");
    expect(root.getAttribute("viewBox")).toBe("0 0 640 320");
    expect(root.hasAttribute("width")).toBe(false);
    expect(root.hasAttribute("height")).toBe(false);
    expect(root.hasAttribute("style")).toBe(false);
    const [first] = Array.from(root.children);
    expect(first?.localName).toBe("title");
    expect(first?.id).toBe("chart-adoption-title");
    expect(first?.textContent).toBe(seed.title);
    expect(root.querySelector("desc")).toBeNull();
  });

  it("parses as inline SVG in an HTML5 document", () => {
    const { document } = new JSDOM(`<!DOCTYPE html><html><body>${renderTrendChart(seed)}</body></html>`).window;
    const root = document.body.firstElementChild;
    expect(root?.namespaceURI).toBe(SVG_NS);
    expect(root?.querySelector("title")?.textContent).toBe(seed.title);
    expect(root?.querySelectorAll(".chart__result-point")).toHaveLength(4);
  });

  it("leaves no foreignObject, Chartist namespace, style, script or event attributes", () => {
    const svg = renderTrendChart(seed);
    expect(svg).not.toMatch(/foreignObject/i);
    expect(svg).not.toMatch(/\bct:|xmlns:ct/);
    expect(svg).not.toMatch(/\sstyle=/);
    expect(svg).not.toMatch(/<script|<animate|\son\w+=/i);
    expect(svg).not.toMatch(/^<\?xml/);
  });

  it("draws a real SVG text label under every period and right-aligned y tick labels", () => {
    const root = parse(renderTrendChart(seed));
    const labels = all(root, "text.chart__axis-label");
    const xLabels = labels.filter((t) => t.getAttribute("text-anchor") === "middle");
    const yLabels = labels.filter((t) => t.getAttribute("text-anchor") === "end");
    expect(xLabels.map((t) => t.textContent)).toEqual(seed.labels);
    expect(yLabels.length).toBeGreaterThanOrEqual(3);
    expect(yLabels.every((t) => /^\d+\.\d%$/.test(t.textContent ?? ""))).toBe(true);
    const points = all(root, ".chart__result-point").map((p) => p.getAttribute("cx"));
    expect(xLabels.map((t) => t.getAttribute("x"))).toEqual(points);
  });

  it("keeps the target and every result inside the y axis", () => {
    const root = parse(renderTrendChart(seed));
    const ticks = all(root, "text.chart__axis-label[text-anchor='end']").map((t) => parseFloat(t.textContent ?? ""));
    expect(Math.min(...ticks)).toBeLessThan(62.8);
    expect(Math.max(...ticks)).toBeGreaterThan(80);
  });
});

describe("renderTrendChart: the result and target lines", () => {
  it("draws results as a solid line with circle markers and targets as a labelled dashed line beneath it", () => {
    const root = parse(renderTrendChart(seed));
    const resultLine = root.querySelector("path.chart__result-line");
    expect(Number(resultLine?.getAttribute("stroke-width"))).toBeGreaterThanOrEqual(3);
    expect(resultLine?.getAttribute("fill")).toBe("none");
    expect(resultLine?.hasAttribute("stroke-dasharray")).toBe(false);
    expect(all(root, "circle.chart__result-point")).toHaveLength(4);

    const targetLine = root.querySelector("path.chart__target-line");
    expect(targetLine?.getAttribute("stroke-dasharray")).toMatch(/\d/);
    expect(targetLine?.getAttribute("stroke")).toBe(colours.chartTarget);
    const targetLabel = root.querySelector("text.chart__target-label");
    expect(targetLabel?.textContent).toBe("Target 80.0%");

    const latestTargetY = targetLine?.getAttribute("d")?.split(",").pop();
    expect(targetLabel?.getAttribute("y")).toBe(latestTargetY);
    expect(all(root, "line.chart__grid").length).toBeGreaterThanOrEqual(3);
    const order = all(root, "path").map((p) => p.getAttribute("class"));
    expect(order).toEqual(["chart__target-line", "chart__result-line"]);
  });

  it("leaves a gap, and no point, for a missing result in the middle", () => {
    const root = parse(renderTrendChart({ ...seed, results: [68.6, null, 63.2, 62.8] }));
    const d = root.querySelector("path.chart__result-line")?.getAttribute("d") ?? null;
    expect(moveCount(d)).toBe(2);
    const xOf = (label: string): string | null | undefined =>
      all(root, "text.chart__axis-label")
        .find((t) => t.textContent === label)
        ?.getAttribute("x");
    const pointXs = all(root, ".chart__result-point").map((p) => p.getAttribute("cx"));
    expect(pointXs).toHaveLength(3);
    expect(pointXs).not.toContain(xOf("Apr 2017"));
    expect(pointXs).toContain(xOf("Mar 2017"));
  });

  it("starts the line at the first period with data when the first result is missing", () => {
    const root = parse(renderTrendChart({ ...seed, results: [null, 62.3, 62.1, 62.2] }));
    const d = root.querySelector("path.chart__result-line")?.getAttribute("d") ?? "";
    const aprX = all(root, "text.chart__axis-label")
      .find((t) => t.textContent === "Apr 2017")
      ?.getAttribute("x");
    expect(moveCount(d)).toBe(1);
    expect(d.startsWith(`M${aprX},`)).toBe(true);
    expect(all(root, ".chart__result-point")).toHaveLength(3);
  });

  it("draws no target line or label when there are no targets", () => {
    const root = parse(renderTrendChart({ ...seed, targets: [null, null, null, null] }));
    expect(root.querySelector(".chart__target-line")).toBeNull();
    expect(root.querySelector(".chart__target-label")).toBeNull();
    expect(all(root, "path").every((p) => (p.getAttribute("d") ?? "") !== "")).toBe(true);
  });
});

describe("renderTrendChart: the same bytes every time, escaped, leaving nothing behind", () => {
  it("is byte-for-byte deterministic", () => {
    expect(renderTrendChart(seed)).toBe(renderTrendChart(seed));
    expect(renderTrendChart({ ...seed, results: [null, 1, 2, 3] })).toBe(renderTrendChart({ ...seed, results: [null, 1, 2, 3] }));
  });

  it("rounds every number in attributes to at most two decimal places", () => {
    const root = parse(renderTrendChart({ ...seed, results: [68.61234, 62.83333, 63.2, 62.87777], labels: ["A", "B", "C", "D"] }));
    const values = all(root, "*").flatMap((el) => Array.from(el.attributes, (a) => a.value));
    expect(values.length).toBeGreaterThan(50);
    expect(values.filter((v) => /\d\.\d{3}/.test(v))).toEqual([]);
  });

  it("escapes XML special characters in the title, labels and id prefix", () => {
    const title = `Trend <chart> & "quotes" 'here'`;
    const svg = renderTrendChart({
      ...seed,
      title,
      labels: ["Q1 <&>", "Q2", "Q3", "Q4"],
      targetLabel: "Target < 80 & rising",
      idPrefix: 'id"x',
    });
    expect(svg).not.toContain("<chart>");
    const root = parse(svg);
    expect(root.querySelector("title")?.textContent).toBe(title);
    expect(root.querySelector("text.chart__axis-label")?.textContent).toBe("Q1 <&>");
    expect(root.querySelector(".chart__target-label")?.textContent).toBe("Target < 80 & rising");
    expect(root.querySelector("title")?.id).toBe('id"x-title');
  });

  it("rejects arrays whose lengths differ from the labels, and non-finite values", () => {
    expect(() => renderTrendChart({ ...seed, results: [1, 2, 3] })).toThrow(RangeError);
    expect(() => renderTrendChart({ ...seed, targets: [1, 2, 3, Number.NaN] })).toThrow(RangeError);
    expect(() => renderTrendChart({ ...seed, labels: [], results: [], targets: [] })).toThrow(RangeError);
  });

  it("restores the global scope after rendering", () => {
    renderTrendChart(seed);
    expect(globalDescriptors()).toEqual(initialGlobals);
  });

  it("restores a pre-existing global of the same name", () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, "window");
    const sentinel = { sentinel: true };
    Object.defineProperty(globalThis, "window", { value: sentinel, configurable: true, writable: true });
    try {
      renderTrendChart(seed);
      expect((globalThis as Record<string, unknown>).window).toBe(sentinel);
    } finally {
      if (original) Object.defineProperty(globalThis, "window", original);
      else delete (globalThis as Record<string, unknown>).window;
    }
  });

  it("leaves no timer pending after rendering many charts (fake timers)", () => {
    vi.useFakeTimers();
    for (let i = 0; i < 200; i++) renderTrendChart({ ...seed, idPrefix: `chart-${i}` });
    expect(vi.getTimerCount()).toBe(0);
  });

  it("leaves no timer pending after rendering many charts (real timers)", () => {
    const timeouts = (): number => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    const before = timeouts();
    for (let i = 0; i < 200; i++) renderTrendChart({ ...seed, idPrefix: `chart-${i}` });
    expect(timeouts()).toBe(before);
  });
});

describe("renderTrendChart: the period labels", () => {
  it("thins crowded period labels but always shows the latest", () => {
    const labels = Array.from({ length: 24 }, (_, i) => `Month ${i + 1}`);
    const root = parse(
      renderTrendChart({
        ...seed,
        labels,
        results: labels.map((_, i) => 50 + i),
        targets: labels.map(() => 60),
      }),
    );
    const shown = all(root, "text.chart__axis-label[text-anchor='middle']").map((t) => t.textContent);
    expect(shown.length).toBeLessThan(24);
    expect(shown.at(-1)).toBe("Month 24");
    expect(all(root, ".chart__result-point")).toHaveLength(24);
  });
});

describe("the chart drawn for phones", () => {
  const labelsOf = (svg: Element) =>
    all(svg, ".chart__axis-label")
      .map((label) => label.textContent)
      .filter((text) => !/%$/.test(text ?? ""));

  it("is 320 units wide, so its 16-unit text is drawn at 14.5 px in a 290 px box, and labels every period", () => {
    const svg = parse(renderTrendChart({ ...seed, compact: true }));
    expect(svg.getAttribute("viewBox")).toBe("0 0 320 280");
    // Each month keeps its label; the year is written once, under the first, since it never changes.
    expect(labelsOf(svg)).toEqual(["Mar", "2017", "Apr", "May", "Jun"]);
    expect(all(svg, ".chart__result-point")).toHaveLength(4);
    // The key under the chart names the dashed line, which leaves the narrow plot its width.
    expect(all(svg, ".chart__target-label")).toHaveLength(0);
    expect(all(svg, ".chart__target-line")).toHaveLength(1);
  });

  it("writes the year again where it changes", () => {
    const svg = parse(renderTrendChart({ ...seed, labels: ["Feb 2017", "Mar 2017", "Apr 2017", "May 2017"], compact: true }));
    expect(labelsOf(svg)).toEqual(["Feb", "2017", "Mar", "Apr", "May"]);
    const crossing = parse(renderTrendChart({ ...seed, labels: ["Q3 2016/17", "Q4 2016/17", "Q1 2017/18", "Q2 2017/18"], compact: true }));
    expect(labelsOf(crossing)).toEqual(["Q3", "2016/17", "Q4", "Q1", "2017/18", "Q2"]);
  });

  it("keeps every label inside the viewBox", () => {
    const svg = parse(renderTrendChart({ ...seed, compact: true }));
    for (const label of all(svg, ".chart__axis-label")) {
      const x = Number(label.getAttribute("x"));
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(320);
    }
  });

  it("splits a period label at its last space", () => {
    expect(twoLineLabels(["Mar 2017", "Q1 2017/18", "2017/18"])).toEqual([
      { first: "Mar", second: "2017" },
      { first: "Q1", second: "2017/18" },
      { first: "2017/18", second: "" },
    ]);
  });

  it("comes with the wide chart, each with its own ids and class, so the stylesheet shows one", () => {
    const html = renderResponsiveTrendChart(seed);
    const doc = new parserWindow.DOMParser().parseFromString(`<div>${html}</div>`, "text/html");
    const svgs = [...doc.querySelectorAll("svg")];
    expect(svgs.map((svg) => svg.getAttribute("class"))).toEqual(["chart chart--wide", "chart chart--narrow"]);
    expect(svgs.map((svg) => svg.querySelector("title")?.id)).toEqual(["chart-adoption-wide-title", "chart-adoption-narrow-title"]);
    expect(svgs.map((svg) => svg.getAttribute("viewBox"))).toEqual(["0 0 640 320", "0 0 320 280"]);
  });
});
