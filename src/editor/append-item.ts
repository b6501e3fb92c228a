// Appends one item to the `articles:` or `briefs:` list of an issue by inserting text right after
// the list's last item, so every other byte of the file (comments, quoting, blank lines, key
// order) stays as the editor wrote it. The yaml package only locates the list; it never
// re-serialises the document, which would reflow long lines and move comments.
import { isMap, isSeq, parseDocument } from 'yaml';
import { PLACEHOLDER } from '../schema/placeholders';
import { blockLiteral, literalBody, scalarText } from './yaml-scalar';

export type NewItem = Record<string, string | undefined>;
/** `replacedExample`: the list held only the example article `new`/`init` write, and the item took its place. */
export type AppendResult = { ok: true; text: string; replacedExample: boolean } | { ok: false; reason: string };

/** The list is just the untouched example article of a fresh issue (its title still the placeholder). */
function onlyExampleArticle(key: string, items: unknown[]): boolean {
  if (key !== 'articles' || items.length !== 1 || !isMap(items[0])) return false;
  return items[0].get('title') === PLACEHOLDER.title;
}

/** The item as YAML lines at `indent`; keys in the given order, `body` as a block literal. */
function itemLines(item: NewItem, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const [key, value] of Object.entries(item)) {
    if (value === undefined) continue;
    const lead = lines.length === 0 ? `${pad}- ` : `${pad}  `;
    if (key === 'body') {
      const [header, ...rest] = blockLiteral(value, indent + 4);
      lines.push(`${lead}${key}: ${header}`, ...rest);
    } else lines.push(`${lead}${key}: ${scalarText(value)}`);
  }
  return lines;
}

/** Offset just past the line end of the last non-blank character before `end`. */
function afterLastContentLine(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  const nl = text.indexOf('\n', i);
  return nl < 0 ? text.length : nl + 1;
}

export function appendItem(text: string, key: 'articles' | 'briefs', item: NewItem): AppendResult {
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length) return { ok: false, reason: doc.errors[0].message.split('\n')[0] };
  if (!isMap(doc.contents)) return { ok: false, reason: 'not a mapping' };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const seq = doc.contents.get(key, true);
  if (seq === undefined) {
    // No such list yet (an issue without briefs): add it at the end of the file.
    const sep = text === '' || text.endsWith('\n') ? '' : eol;
    return { ok: true, replacedExample: false, text: `${text}${sep}${[`${key}:`, ...itemLines(item, 2)].join(eol)}${eol}` };
  }
  if (!isSeq(seq) || seq.flow || seq.items.length === 0 || !seq.range) return { ok: false, reason: `"${key}" is not a block list` };
  const first = seq.items[0] as { range?: [number, number, number] };
  const lineStart = text.lastIndexOf('\n', (first.range?.[0] ?? seq.range[0]) - 1) + 1;
  const dash = /^( *)- /.exec(text.slice(lineStart));
  if (!dash) return { ok: false, reason: `"${key}" is not a block list` };
  const at = afterLastContentLine(text, seq.range[1]);
  const needsBreak = at === text.length && !text.endsWith('\n');
  const insert = `${needsBreak ? eol : ''}${itemLines(item, dash[1].length).join(eol)}${eol}`;
  // The first real article replaces the example a fresh issue carries, which could never be printed (JB331).
  if (onlyExampleArticle(key, seq.items))
    return { ok: true, replacedExample: true, text: text.slice(0, lineStart) + insert + text.slice(at) };
  return { ok: true, replacedExample: false, text: text.slice(0, at) + insert + text.slice(at) };
}

/** True when `after` holds `before`'s data plus exactly `item` at the end of `key` (or in place of the example article). */
export function appendedExactly(
  before: string,
  after: string,
  key: 'articles' | 'briefs',
  item: NewItem,
  replacedExample = false,
): boolean {
  const a = parseDocument(before, { uniqueKeys: false }).toJS() as Record<string, unknown>;
  const b = parseDocument(after, { uniqueKeys: false });
  if (b.errors.length) return false;
  const kept = replacedExample ? [] : ((a[key] as unknown[]) ?? []);
  const expected = { ...a, [key]: [...kept, withoutUndefined(item)] };
  return JSON.stringify(normalise(expected)) === JSON.stringify(normalise(b.toJS()));
}

// A clip-chomped block literal reads back as its text plus one line end.
const withoutUndefined = (item: NewItem) =>
  Object.fromEntries(
    Object.entries(item)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, k === 'body' ? `${literalBody(v as string)}\n` : v]),
  );
const normalise = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
