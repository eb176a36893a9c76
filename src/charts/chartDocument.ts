/**
 * The little of the DOM that Chartist 1.x uses to draw a line chart, and svgMarkup.ts reads back: elements with
 * attributes and children, text nodes, and querySelector by tag name or class. A general-purpose DOM (linkedom) cost
 * more than Chartist itself: an event target, a live attribute list and a node list for every element of every chart.
 * A selector or method Chartist has not needed before throws, so a Chartist upgrade that needs more fails loudly.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SVG_NAMESPACE = "http://www.w3.org/2000/svg";

/** What element and text nodes share: their place among their siblings. */
abstract class ChartNode {
  abstract readonly nodeType: number;
  parentNode: ChartElement | null = null;
  nextSibling: ChartNode | null = null;
  previousSibling: ChartNode | null = null;
  get ELEMENT_NODE(): number {
    return ELEMENT_NODE;
  }
  get TEXT_NODE(): number {
    return TEXT_NODE;
  }
  abstract get textContent(): string;
  /** Takes the node out of its parent, as Element.remove() does. */
  remove(): void {
    this.parentNode?.removeChild(this);
  }
}

/** A text node: a label's words. */
export class ChartText extends ChartNode {
  readonly nodeType = TEXT_NODE;
  constructor(public nodeValue: string) {
    super();
  }
  get textContent(): string {
    return this.nodeValue;
  }
}

/** One attribute: its value, and its namespace when set with setAttributeNS (Chartist's ct:value, xmlns:ct). */
interface Attribute {
  value: string;
  namespace: string | null;
}

/** An element of the chart's container or of its SVG. */
export class ChartElement extends ChartNode {
  readonly nodeType = ELEMENT_NODE;
  firstChild: ChartNode | null = null;
  lastChild: ChartNode | null = null;
  /** Chartist reads an element's size from the page; a chart drawn at build time has none, so it uses the sizes it is given. */
  readonly clientWidth = 0;
  readonly clientHeight = 0;
  readonly #attributes = new Map<string, Attribute>();

  constructor(
    readonly localName: string,
    readonly namespaceURI: string | null,
  ) {
    super();
  }

  get nodeName(): string {
    return this.localName;
  }

  get tagName(): string {
    return this.localName;
  }

  setAttribute(name: string, value: unknown): void {
    this.#attributes.set(name, { value: String(value), namespace: null });
  }

  setAttributeNS(namespace: string | null, qualifiedName: string, value: unknown): void {
    this.#attributes.set(qualifiedName, { value: String(value), namespace });
  }

  getAttribute(name: string): string | null {
    return this.#attributes.get(name)?.value ?? null;
  }

  getAttributeNS(namespace: string | null, localName: string): string | null {
    for (const [name, attribute] of this.#attributes) {
      if (attribute.namespace === namespace && name.slice(name.indexOf(":") + 1) === localName) return attribute.value;
    }
    return null;
  }

  hasAttribute(name: string): boolean {
    return this.#attributes.has(name);
  }

  removeAttribute(name: string): void {
    this.#attributes.delete(name);
  }

  /** In the order they were first set. */
  getAttributeNames(): string[] {
    return [...this.#attributes.keys()];
  }

  get firstElementChild(): ChartElement | null {
    return nextElement(this.firstChild);
  }

  get nextElementSibling(): ChartElement | null {
    return nextElement(this.nextSibling);
  }

  get childNodes(): ChartNode[] {
    const nodes: ChartNode[] = [];
    for (let child = this.firstChild; child; child = child.nextSibling) nodes.push(child);
    return nodes;
  }

  get textContent(): string {
    let text = "";
    for (let child = this.firstChild; child; child = child.nextSibling) text += child.textContent;
    return text;
  }

  set textContent(text: string) {
    this.replaceChildren();
    if (text !== "") this.appendChild(new ChartText(text));
  }

  appendChild<T extends ChartNode>(child: T): T {
    return this.insertBefore(child, null);
  }

  insertBefore<T extends ChartNode>(child: T, reference: ChartNode | null): T {
    if (reference && reference.parentNode !== this) throw new Error("insertBefore: the reference node is not a child of this element");
    child.parentNode?.removeChild(child);
    child.parentNode = this;
    child.nextSibling = reference;
    child.previousSibling = reference ? reference.previousSibling : this.lastChild;
    if (child.previousSibling) child.previousSibling.nextSibling = child;
    else this.firstChild = child;
    if (reference) reference.previousSibling = child;
    else this.lastChild = child;
    return child;
  }

  removeChild<T extends ChartNode>(child: T): T {
    if (child.parentNode !== this) throw new Error("removeChild: the node is not a child of this element");
    if (child.previousSibling) child.previousSibling.nextSibling = child.nextSibling;
    else this.firstChild = child.nextSibling;
    if (child.nextSibling) child.nextSibling.previousSibling = child.previousSibling;
    else this.lastChild = child.previousSibling;
    child.parentNode = child.nextSibling = child.previousSibling = null;
    return child;
  }

  replaceChild<T extends ChartNode>(replacement: ChartNode, child: T): T {
    this.insertBefore(replacement, child);
    return this.removeChild(child);
  }

  replaceChildren(): void {
    while (this.firstChild) this.removeChild(this.firstChild);
  }

  querySelector(selector: string): ChartElement | null {
    const matches = matcher(selector);
    for (const element of descendants(this)) if (matches(element)) return element;
    return null;
  }

  querySelectorAll(selector: string): ChartElement[] {
    const matches = matcher(selector);
    return [...descendants(this)].filter(matches);
  }

  /** Charts drawn at build time are never animated or resized, so there is nothing to listen for. */
  addEventListener(): void {}
  removeEventListener(): void {}
}

/** An element in the SVG namespace: Chartist tells its own nodes apart from the container's with `instanceof SVGElement`. */
export class ChartSvgElement extends ChartElement {}

/** The document a chart is drawn in. */
export class ChartDocument {
  createElement(localName: string): ChartElement {
    return new ChartElement(localName.toLowerCase(), "http://www.w3.org/1999/xhtml");
  }

  createElementNS(namespace: string | null, qualifiedName: string): ChartElement {
    return namespace === SVG_NAMESPACE ? new ChartSvgElement(qualifiedName, namespace) : new ChartElement(qualifiedName, namespace);
  }

  createTextNode(text: string): ChartText {
    return new ChartText(text);
  }

  querySelector(): never {
    throw new Error("The chart document has no page to search: give Chartist its container element, not a selector");
  }
}

function nextElement(node: ChartNode | null): ChartElement | null {
  while (node && !(node instanceof ChartElement)) node = node.nextSibling;
  return node;
}

/** Every element under `root`, in document order. */
function* descendants(root: ChartElement): Generator<ChartElement> {
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    yield child;
    yield* descendants(child);
  }
}

/**
 * A test for the selectors Chartist and our drawing use: a tag name ("svg") or one class (".chart__grids").
 * @example matcher(".chart__labels")(element) // true when the element's class list holds chart__labels
 */
function matcher(selector: string): (element: ChartElement) => boolean {
  if (/^[a-z][a-z0-9-]*$/i.test(selector)) return (element) => element.localName === selector;
  const className = /^\.([\w-]+)$/.exec(selector)?.[1];
  if (className) return (element) => (element.getAttribute("class") ?? "").split(/\s+/).includes(className);
  throw new Error(`The chart document supports a tag name or one class as a selector, not "${selector}"`);
}
