// One isolated Handlebars environment per template, with only our helpers: strict mode (a
// misspelt field fails), no prototype access (Handlebars' default), no file or code access.
import Handlebars from 'handlebars';
import { chineseDate, chineseNumber, spaced } from './helpers';

export function createEnvironment(): typeof Handlebars {
  const env = Handlebars.create();
  env.registerHelper('cnDate', (iso: unknown, options: Handlebars.HelperOptions) =>
    chineseDate(String(iso), options.hash.style === 'hanzi' ? 'hanzi' : 'digits'));
  env.registerHelper('cnNumber', (n: unknown) => chineseNumber(Number(n)));
  env.registerHelper('spaced', (text: unknown) => spaced(String(text)));
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  return env;
}

/** Where a Handlebars exception points: its own line/column, or the "line N" of a parse error. */
export function locationOfError(e: unknown): { line: number; col: number; message: string } {
  const err = e as { lineNumber?: number; column?: number; message?: string };
  const message = String(err.message ?? e);
  const parseLine = /line (\d+)/.exec(message);
  const line = err.lineNumber ?? (parseLine ? Number(parseLine[1]) : 0);
  const col = err.column !== undefined ? err.column + 1 : line ? 1 : 0;
  const firstLine = message.split('\n')[0].replace(/ - \d+:\d+$/, '');
  const detail = /^Parse error/.test(firstLine) ? message.split('\n').slice(-1)[0] : firstLine;
  return { line, col, message: detail };
}
