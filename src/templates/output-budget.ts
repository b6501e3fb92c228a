// Bounds what one rendering of a template may produce. Three nested {{#each}} over the briefs
// are a billion iterations: V8 runs out of memory and aborts the process (exit 134) long before
// Handlebars returns. Loops are counted per rendering and stopped past EACH_ITERATIONS; the
// finished markup is refused past MAX_MARKUP_CHARS. Either ends as JB411.
import type Handlebars from 'handlebars';

export const EACH_ITERATIONS = 1_000_000;
export const MAX_MARKUP_CHARS = 32 * 1024 * 1024;

export class TemplateBudgetError extends Error {
  constructor(readonly limit: string) {
    super(`template output over ${limit}`);
  }
}

// Keyed by the rendering's root data object: each rendering gets a fresh one.
const spent = new WeakMap<object, number>();

const itemCount = (context: unknown) => (Array.isArray(context) ? context.length : context && typeof context === 'object' ? Object.keys(context).length : 0);

/** Replaces `each` (through the public registerHelper) with a counting one. */
export function countEachIterations(env: typeof Handlebars): void {
  const each = env.helpers.each as Handlebars.HelperDelegate;
  env.registerHelper('each', function (this: unknown, context: unknown, options: Handlebars.HelperOptions) {
    const root = (options.data as { root?: unknown } | undefined)?.root;
    if (root && typeof root === 'object') {
      const total = (spent.get(root) ?? 0) + itemCount(context);
      if (total > EACH_ITERATIONS) throw new TemplateBudgetError(`${EACH_ITERATIONS} loop iterations`);
      spent.set(root, total);
    }
    return each.call(this, context, options);
  });
}

export function checkMarkupSize(markup: string): void {
  if (markup.length > MAX_MARKUP_CHARS) throw new TemplateBudgetError(`${MAX_MARKUP_CHARS / 1048576} M characters`);
}
