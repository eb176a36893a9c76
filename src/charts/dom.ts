import { ChartDocument, ChartElement, ChartSvgElement } from "./chartDocument";

/** The browser globals Chartist 1.x reads as free identifiers while it draws. */
const GLOBAL_NAMES = ["window", "document", "Element", "SVGElement"] as const;
type GlobalName = (typeof GLOBAL_NAMES)[number];

/** The parts of `window` Chartist 1.x touches: media queries, resize listeners and cancelling its deferred draw. */
interface ChartWindow {
  matchMedia(query: string): MediaQueryList;
  addEventListener(type: string, listener: unknown): void;
  removeEventListener(type: string, listener: unknown): void;
  clearTimeout(id?: Parameters<typeof clearTimeout>[0]): void;
}

interface ChartDom {
  window: ChartWindow;
  document: ChartDocument;
  /** A detached <div> that every chart renders into, emptied after each use. */
  container: ChartElement;
  globals: Record<GlobalName, unknown>;
}

let chartDom: ChartDom | undefined;

const noop = (): void => {};

/** A MediaQueryList that never matches: Chartist only needs it to exist, and we pass no responsive options. */
function matchMediaStub(query: string): MediaQueryList {
  return {
    matches: false,
    media: query,
    onchange: null,
    addListener: noop,
    removeListener: noop,
    addEventListener: noop,
    removeEventListener: noop,
    dispatchEvent: () => false,
  };
}

function createChartDom(): ChartDom {
  // Only what Chartist draws with (chartDocument.ts): no layout, no browsing context.
  const document = new ChartDocument();
  const window: ChartWindow = {
    matchMedia: matchMediaStub,
    // Charts are drawn once and never resized, so the resize listener Chartist adds has nothing to listen to.
    addEventListener: noop,
    removeEventListener: noop,
    clearTimeout: (id) => globalThis.clearTimeout(id),
  };
  return {
    window,
    document,
    container: document.createElement("div"),
    globals: {
      window,
      document,
      Element: ChartElement,
      SVGElement: ChartSvgElement,
    },
  };
}

/** The shared DOM, created on first use and reused for every chart. */
export function getChartDom(): Readonly<ChartDom> {
  chartDom ??= createChartDom();
  return chartDom;
}

/**
 * Runs `render` synchronously with the chart `window`, `document`, `Element` and `SVGElement`
 * installed as globals, then restores whatever was there before.
 * Scoped rather than permanent so the rest of the build never sees a fake browser `window`.
 */
export function withChartDom<T>(render: (dom: Readonly<ChartDom>) => T): T {
  const dom = getChartDom();
  const saved = GLOBAL_NAMES.map((name) => Object.getOwnPropertyDescriptor(globalThis, name));
  for (const name of GLOBAL_NAMES) {
    Object.defineProperty(globalThis, name, { value: dom.globals[name], configurable: true, writable: true });
  }
  try {
    return render(dom);
  } finally {
    dom.container.replaceChildren();
    GLOBAL_NAMES.forEach((name, i) => {
      const descriptor = saved[i];
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    });
  }
}
