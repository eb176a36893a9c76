import nunjucks from "nunjucks";

/** What Nunjucks' Template has beyond its published types: its source, and the compiled code it would otherwise make. */
interface TemplateInternals {
  env: nunjucks.Environment & { asyncFilters: unknown; extensionsList: unknown; opts: unknown };
  path: string | undefined;
  tmplStr: string;
  tmplProps?: unknown;
  _compile(): void;
}

const compiledByEnvironment = new WeakMap<object, Map<string, unknown>>();
let installed = false;

/**
 * Compiles each template source once per environment. Eleventy makes a new Nunjucks template for every page of a
 * paginated template (3,600 indicator pages, the same source each time), and compiling one, even an empty one, costs a
 * JavaScript function's compilation. The compiled code depends only on the source and the environment, so it is shared.
 * @example cacheCompiledTemplates(environment) // pages/indicator.njk compiles once, not once per indicator
 */
export function cacheCompiledTemplates(environment: nunjucks.Environment): void {
  if (!compiledByEnvironment.has(environment)) compiledByEnvironment.set(environment, new Map());
  if (installed) return;
  installed = true;
  const { compiler } = nunjucks as unknown as { compiler: { compile(...args: unknown[]): string } };
  const prototype = (nunjucks as unknown as { Template: { prototype: TemplateInternals } }).Template.prototype;
  const original = prototype._compile;
  prototype._compile = function (this: TemplateInternals): void {
    const compiled = compiledByEnvironment.get(this.env);
    if (compiled && this.tmplProps === undefined) {
      const key = `${this.path ?? ""}\0${this.tmplStr}`;
      if (!compiled.has(key)) {
        // As Nunjucks compiles a template itself (Template#_compile), once.
        const source = compiler.compile(this.tmplStr, this.env.asyncFilters, this.env.extensionsList, this.path, this.env.opts);
        compiled.set(key, new Function(source)());
      }
      this.tmplProps = compiled.get(key);
    }
    original.call(this);
  };
}
