// Turns what Handlebars throws (parse errors, strict-mode misses, missing partials) into one
// Diagnostic that names the template file, line and field. Errors raised inside a partial are
// tagged with the partial's own file on the way out, so the report never blames template.hbs
// for a line of partials/article.hbs.
import type Handlebars from 'handlebars';
import type { TemplateDelegate } from 'handlebars';
import { diag } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { problemArgs, type TemplateProblem } from '../i18n/template-problems';

const FILE_TAG = Symbol('jianbao.templateFile');
type Tagged = { [FILE_TAG]?: string };

/** Marks an error with the file it came from, unless an inner partial already did. */
export function tagWithFile(e: unknown, file: string): unknown {
  if (e !== null && typeof e === 'object' && !(FILE_TAG in e)) (e as Tagged)[FILE_TAG] = file;
  return e;
}

/** A template function whose errors carry `file`: a partial's failure names the partial. */
export function withFile(compiled: TemplateDelegate, file: string): TemplateDelegate {
  return (context, options) => {
    try {
      return compiled(context, options);
    } catch (e) {
      throw tagWithFile(e, file);
    }
  };
}

export function fileOfError(e: unknown): string | undefined {
  return e !== null && typeof e === 'object' ? (e as Tagged)[FILE_TAG] : undefined;
}

/** How a parser token reads in a template, for the ones an author would recognise (others go unnamed). */
const TOKEN_TEXT: Record<string, string> = {
  OPEN_ENDBLOCK: '{{/…}}',
  OPEN_BLOCK: '{{#…}}',
  OPEN_INVERSE: '{{^…}}',
  OPEN_INVERSE_CHAIN: '{{else …}}',
  INVERSE: '{{else}}',
  OPEN_PARTIAL: '{{>',
  OPEN: '{{',
  OPEN_UNESCAPED: '{{{',
  CLOSE_RAW_BLOCK: '}}}}',
  OPEN_SEXPR: '(',
  CLOSE_SEXPR: ')',
  EQUALS: '=',
};

/** The parser's "Expecting 'A', 'B', … got 'X'" as what the author did wrong: a key and its values,
 *  worded in zh or en by src/i18n/template-problems.ts. */
function parseProblem(message: string): TemplateProblem {
  const got = /got '([^']+)'/.exec(message)?.[1];
  if (got === 'EOF') return { key: 'openBlock', args: {} };
  if (got === 'INVALID') return { key: 'malformedExpression', args: {} };
  if (got === 'CLOSE' || got === 'CLOSE_UNESCAPED') return { key: 'emptyExpression', args: {} };
  // A token an author would not recognise by the parser's name (SEP, ID) is not named.
  if (got) return TOKEN_TEXT[got] ? { key: 'unexpectedToken', args: { token: TOKEN_TEXT[got] } } : { key: 'unexpected', args: {} };
  return { key: 'templateError', args: { text: message.split('\n').slice(-1)[0] } };
}

/** Any other error Handlebars raised, as a key and values where it has words of ours. */
function otherProblem(firstLine: string): TemplateProblem {
  const mismatch = /^(\S+) doesn't match (\S+)$/.exec(firstLine);
  if (mismatch) return { key: 'blockMismatch', args: { open: mismatch[1], close: mismatch[2] } };
  return { key: 'templateError', args: { text: firstLine } };
}

/** Where a Handlebars exception points (its own line/column, or the "line N" of a parse error),
 *  its first line as Handlebars said it, and the problem in our terms. */
export function locationOfError(e: unknown): { line: number; col: number; message: string; problem: TemplateProblem } {
  const err = e as { lineNumber?: number; column?: number; message?: string };
  const message = String(err.message ?? e);
  const parseLine = /^Parse error on line (\d+)/.exec(message);
  const line = err.lineNumber ?? (parseLine ? Number(parseLine[1]) : 0);
  const col = err.column !== undefined ? err.column + 1 : line ? 1 : 0;
  const firstLine = message.split('\n')[0].replace(/ - \d+:\d+$/, '');
  return { line, col, message: firstLine, problem: parseLine ? parseProblem(message) : otherProblem(firstLine) };
}

/** Where `field` is first used in a parsed file: strict lookups on a text (`{{tilte}}` inside
 *  `{{#each toc}}`) fail with a bare TypeError that carries no position of its own. */
function firstUse(ast: hbs.AST.Program, field: string): { line: number; col: number } | null {
  let found: { line: number; col: number } | null = null;
  // The compiler's AST classes: only an error report needs them (see handlebars-env.ts).
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, off the startup path
  const visitor = new (require('handlebars') as typeof Handlebars).Visitor();
  const base = visitor.PathExpression;
  visitor.PathExpression = function (node) {
    if (!found && node.parts.includes(field)) found = { line: node.loc.start.line, col: node.loc.start.column + 1 };
    return base.call(this, node);
  };
  visitor.accept(ast);
  return found;
}

/** One diagnostic for an exception thrown while compiling or filling a template; `asts` (parsed
 *  files by displayed name) lets a lookup error without a position be placed. */
export function templateErrorDiagnostic(e: unknown, fallbackFile: string, asts?: ReadonlyMap<string, hbs.AST.Program>): Diagnostic {
  const file = fileOfError(e) ?? fallbackFile;
  const at = locationOfError(e);
  const field = /^"([^"]+)" not defined/.exec(at.message)?.[1] ?? /^Cannot use 'in' operator to search for '([^']+)'/.exec(at.message)?.[1];
  const ast = asts?.get(file);
  const pos = at.line ? at : field && ast ? firstUse(ast, field) : null;
  if (field) return diag('JB403', file, pos, { field });
  const partial = /^The partial (.+) could not be found$/.exec(at.message)?.[1];
  if (partial) return diag('JB406', file, pos, { name: partial });
  return diag('JB402', file, pos, problemArgs(at.problem));
}
