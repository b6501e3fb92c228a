// One isolated Handlebars environment per template, with only our helpers: strict mode (a
// misspelt field fails), no prototype access (Handlebars' default, never switched on here), no
// file or code access. Nothing registered here can reach outside the data it is given.
// Templates compiled when jianbao was built (precompiled.ts) need only Handlebars' runtime, so
// the compiler is loaded on first use: a fresh process rendering a built-in template skips it.
import type Handlebars from 'handlebars';
import { countEachIterations } from './output-budget';
import { chineseDate, chineseNumber, joinList, spaced } from './helpers';

/** Compile options for every template file: strict lookups, partials keep their own indentation. */
export const COMPILE_OPTIONS = { strict: true, preventIndent: true } as const;

function withHelpers<Env extends typeof Handlebars>(env: Env): Env {
  env.registerHelper('cnDate', (iso: unknown, options: Handlebars.HelperOptions) =>
    chineseDate(String(iso), options.hash.style === 'hanzi' ? 'hanzi' : 'digits'));
  env.registerHelper('cnNumber', (n: unknown) => chineseNumber(Number(n)));
  env.registerHelper('spaced', (text: unknown, options: Handlebars.HelperOptions) =>
    spaced(String(text), typeof options.hash.gap === 'string' ? options.hash.gap : ' '));
  env.registerHelper('join', (items: unknown, ...rest: unknown[]) =>
    joinList(items, rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : '、'));
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  countEachIterations(env);
  return env;
}

/** An environment that parses and compiles template sources. */
export function createEnvironment(): typeof Handlebars {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, off the startup path
  return withHelpers((require('handlebars') as typeof Handlebars).create());
}

/** An environment that only runs templates precompiled by Handlebars.precompile. */
export function createRuntimeEnvironment(): typeof Handlebars {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, off the startup path
  return withHelpers((require('handlebars/runtime') as typeof Handlebars).create());
}
