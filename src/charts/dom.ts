import { JSDOM } from "jsdom";

/** The browser globals Chartist 1.x reads as free identifiers while it draws. */
const GLOBAL_NAMES = ["window", "document", "Element", "SVGElement"] as const;
type GlobalName = (typeof GLOBAL_NAMES)[number];

interface ChartDom {
  window: JSDOM["window"];
  document: Document;
  /** A detached <div> that every chart renders into, emptied after each use. */
  container: HTMLDivElement;
  globals: Record<GlobalName, unknown>;
}

let chartDom: ChartDom | undefined;

/** A MediaQueryList that never matches: Chartist only needs it to exist, and we pass no responsive options. */
function matchMediaStub(query: string): MediaQueryList {
  const noop = (): void => {};
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
  // No pretendToBeVisual: it would start a requestAnimationFrame timer that keeps the process alive.
  const dom = new JSDOM("<!DOCTYPE html><html><body></body></html>");
  const { window } = dom;
  // Chartist refuses to run without matchMedia, which jsdom does not implement.
  Object.defineProperty(window, "matchMedia", { value: matchMediaStub, configurable: true, writable: true });
  // Chartist schedules with Node's global setTimeout but cancels with window.clearTimeout; jsdom's cannot cancel a Node timer.
  Object.defineProperty(window, "clearTimeout", {
    value: (id?: Parameters<typeof clearTimeout>[0]) => globalThis.clearTimeout(id),
    configurable: true,
    writable: true,
  });
  const document = window.document;
  return {
    window,
    document,
    container: document.createElement("div"),
    globals: {
      window,
      document,
      Element: window.Element,
      SVGElement: window.SVGElement,
    },
  };
}

/** The shared jsdom window, created on first use and reused for every chart. */
export function getChartDom(): Readonly<ChartDom> {
  chartDom ??= createChartDom();
  return chartDom;
}

/**
 * Runs `render` synchronously with the jsdom `window`, `document`, `Element` and `SVGElement`
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
