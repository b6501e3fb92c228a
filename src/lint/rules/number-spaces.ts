// JB303: spaces inside a 期号 or a date written in Chinese: `第 4 期`, `总第 269 期`,
// `6 月 3 日`, `2022 年`. In this genre they are typed to look like the masthead (or come with
// text extracted from a PDF), but running text sets them solid. Nothing else: `第 3 家`, `3 年`
// (a duration) and `2 个` are not dates. --fix removes every space of a match or none: a number
// also set off by a space from the word before it (`较 2022 年`, `力争 5 月底`) is a spacing
// style, and a full-width space may align; both are only warned (`较 2022年` was a half-fix).
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { isChinese } from '../chinese';
import type { FieldKind, LintContext, TextField } from '../context';

const CHECKED = new Set<FieldKind>(['title', 'toc', 'body', 'briefDate', 'briefText']);
const SPACE = /[ \u3000]/;
const ISSUE_NUMBER = /第[ \u3000]*\d+[ \u3000]*期/g;
/** A run of date parts (`2022 年 4 月 30 日`); each part is checked on its own below. */
const DATE_RUN = /(?<!\d)\d+[ \u3000]*[年月日号](?:[ \u3000]*\d+[ \u3000]*[年月日号])*/g;
const DATE_PART = /(\d+)[ \u3000]*([年月日号])/g;
/** A day alone is a date only as the end of a range (`6月3日—5 日`, `3日至 5 日`). */
const RANGE_BEFORE = /[—–\-－～~至到][ \u3000]*$/;
const UNIT_ORDER: Readonly<Record<string, number>> = { 年: 0, 月: 1, 日: 2, 号: 2 };

interface Span {
  start: number;
  end: number;
}

/** The written dates within a run of parts: consecutive parts in 年→月→日 order, each a real
 *  year (four digits), month (1–12) or day (1–31). */
function datesIn(text: string, run: RegExpMatchArray, kind: FieldKind): Span[] {
  const out: Span[] = [];
  let cur: (Span & { unit: number }) | undefined;
  for (const p of run[0].matchAll(DATE_PART)) {
    const start = run.index! + p.index!;
    const end = start + p[0].length;
    const unit = UNIT_ORDER[p[2]];
    const n = Number(p[1]);
    const valid =
      unit === 0 ? p[1].length === 4 : unit === 1 ? p[1].length <= 2 && n >= 1 && n <= 12 : p[1].length <= 2 && n >= 1 && n <= 31;
    if (valid && cur && unit > cur.unit) Object.assign(cur, { end, unit });
    else {
      if (cur) out.push(cur);
      const dayAlone = unit === 2 && kind !== 'briefDate' && !RANGE_BEFORE.test(text.slice(Math.max(0, start - 4), start));
      cur = valid && !dayAlone ? { start, end, unit } : undefined;
    }
  }
  if (cur) out.push(cur);
  return out.map(({ start, end }) => ({ start, end }));
}

function report(ctx: LintContext, f: TextField, span: Span): Diagnostic | undefined {
  const typed = f.text.slice(span.start, span.end);
  if (!SPACE.test(typed)) return undefined;
  // A space between the number and the Chinese word before it (`较 2022 年`): the editor spaces
  // numbers on both sides, so removing only the inner one would half-mend the style.
  let before = span.start;
  while (before > 0 && SPACE.test(f.text[before - 1])) before--;
  const setOff = before < span.start && isChinese(f.text[before - 1]);
  const edits = [...typed.matchAll(/[ \u3000]+/g)].map((m) => ({ index: span.start + m.index!, length: m[0].length, text: '' }));
  const certain = !setOff && !typed.includes('\u3000');
  const d = ctx.at('JB303', f.path, edits[0].index, { input: f.value.slice(span.start, span.end) }, certain ? edits : []);
  if (!certain) d.args.kept = '';
  else if (d.fixes) d.args.fixable = '';
  return d;
}

export function numberSpaces(ctx: LintContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of ctx.fields.filter((x) => CHECKED.has(x.kind))) {
    const spans = [
      ...[...f.text.matchAll(ISSUE_NUMBER)].map((m) => ({ start: m.index!, end: m.index! + m[0].length })),
      ...[...f.text.matchAll(DATE_RUN)].flatMap((m) => datesIn(f.text, m, f.kind)),
    ].sort((a, b) => a.start - b.start);
    for (const s of spans) {
      const d = report(ctx, f, s);
      if (d) out.push(d);
    }
  }
  return out;
}
