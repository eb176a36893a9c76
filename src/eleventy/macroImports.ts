import nunjucks from "nunjucks";

/** What Nunjucks' Template has beyond its published types: the call `{% from "…" import … %}` compiles to. */
interface TemplateInternals {
  env: object;
  getExported(...args: unknown[]): void;
}

type ExportsCallback = (error: Error | null, exported?: Record<string, unknown>) => void;

const cachingEnvironments = new WeakSet<object>();
const exportsOf = new WeakMap<TemplateInternals, Record<string, unknown>>();
let installed = false;

/**
 * Works out each macro file's exports once. `{% from "…" import … %}` otherwise runs the whole file again on every
 * page, and each file's own imports again inside it: a third of Nunjucks' time. Imported without context, as all of
 * ours and GOV.UK Frontend's are, a file's macros cannot depend on the page that imports them. Other environments
 * keep Nunjucks' own behaviour; templates read again (npm start's rebuilds) are new objects, worked out afresh.
 * @example cacheMacroImports(environment) // {% from "components/rating-tag/macro.njk" import ratingTag %} runs the file once
 */
export function cacheMacroImports(environment: nunjucks.Environment): void {
  cachingEnvironments.add(environment);
  if (installed) return;
  installed = true;
  const prototype = (nunjucks as unknown as { Template: { prototype: TemplateInternals } }).Template.prototype;
  const original = prototype.getExported;
  prototype.getExported = function (this: TemplateInternals, ...args: unknown[]): void {
    // With context (`import … with context`) the exports may read the page: worked out each time, as Nunjucks does.
    if (args.length !== 1 || typeof args[0] !== "function" || !cachingEnvironments.has(this.env)) return original.apply(this, args);
    const done = args[0] as ExportsCallback;
    const kept = exportsOf.get(this);
    if (kept) return done(null, kept);
    original.call(this, (error: Error | null, exported?: Record<string, unknown>) => {
      if (!error && exported) exportsOf.set(this, exported);
      done(error, exported);
    });
  };
}
