// fast-check arbitraries for hostile edits of a real issue file: what editors and broken tools
// do to YAML (deleted or swapped lines, duplicated keys, wrong keys, YAML 1.1 values, huge
// values, deep nesting, alias bombs, bad indentation, truncation, random bytes, BOMs, CRLF).
import fc from 'fast-check';

type Edit = (text: string) => string;

const KEYS = [
  'title',
  'body',
  'toc',
  'source',
  'byline',
  'section',
  'date',
  'number',
  'total',
  'issue',
  'articles',
  'briefs',
  'colophon',
  'template',
  'publication',
  'name',
  'editor',
  'mark',
  'text',
  'copies',
  'distribution',
  'label',
  'to',
  '<<',
  'constructor',
  '__proto__',
];

/** Values a YAML 1.1 habit or a slip of the keyboard puts where the schema expects other things. */
const ODD_VALUES = [
  'no',
  'yes',
  'on',
  'off',
  'y',
  'n',
  '0755',
  '0o14',
  '0x1F',
  '2022-04-30',
  '2022-4-30',
  '2022-02-30',
  '~',
  'null',
  '',
  '.inf',
  '-.inf',
  '.nan',
  '-1',
  '0',
  '1e3',
  '12:30:00',
  '[]',
  '{}',
  '|',
  '>',
  '&a',
  '*a',
  '*undefined',
  '!!binary AAAA',
  '!!str',
  '!!int x',
  '!!js/function "f(){}"',
  '"unterminated',
  "'",
  '@at',
  '`tick',
  '? x',
  'true',
  '"\\x07"',
  '"\\ud800"',
  '"\\0"',
  '- x',
  ': x',
  '#',
  '"a" b',
  'a: b: c',
  '[1, 2',
  '{a: 1',
  '<<: *a',
  '%TAG',
];

const lines = (t: string) => t.split('\n');
const at = <T>(list: T[], i: number) => i % Math.max(1, list.length);

const deleteLines = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 4 })).map(([i, n]): Edit => (t) => {
  const l = lines(t);
  l.splice(at(l, i), n);
  return l.join('\n');
});

const swapLines = fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Edit => (t) => {
  const l = lines(t);
  const a = at(l, i),
    b = at(l, j);
  [l[a], l[b]] = [l[b], l[a]];
  return l.join('\n');
});

const duplicateLine = fc.nat().map((i): Edit => (t) => {
  const l = lines(t);
  const k = at(l, i);
  l.splice(k, 0, l[k]);
  return l.join('\n');
});

/** Lines that hold `key: value` (or `- key: value`). */
const keyLines = (l: string[]) => l.map((s, i) => [s, i] as const).filter(([s]) => /^(\s*(?:-\s+)?)([^\s:#][^:]*?):(\s|$)/.test(s));

const swapKey = fc.tuple(fc.nat(), fc.constantFrom(...KEYS)).map(([i, key]): Edit => (t) => {
  const l = lines(t);
  const found = keyLines(l);
  if (!found.length) return t;
  const [s, k] = found[at(found, i)];
  l[k] = s.replace(/^(\s*(?:-\s+)?)([^\s:#][^:]*?):/, `$1${key}:`);
  return l.join('\n');
});

const replaceValue = (value: fc.Arbitrary<string>) =>
  fc.tuple(fc.nat(), value).map(([i, v]): Edit => (t) => {
    const l = lines(t);
    const found = keyLines(l);
    if (!found.length) return t;
    const [s, k] = found[at(found, i)];
    l[k] = s.replace(/^(\s*(?:-\s+)?[^\s:#][^:]*?:)(\s.*)?$/, `$1 ${v}`);
    return l.join('\n');
  });

const oddValue = replaceValue(fc.constantFrom(...ODD_VALUES));

const hugeValue = replaceValue(
  fc
    .tuple(fc.constantFrom('长', 'a', '，', '“', ' ', '字字 '), fc.integer({ min: 1000, max: 120_000 }))
    .map(([c, n]) => c.repeat(Math.ceil(n / c.length))),
);

const deepNesting = replaceValue(
  fc.tuple(fc.constantFrom('[', '{a: ', '- '), fc.integer({ min: 10, max: 4000 }), fc.boolean()).map(([open, n, closed]) => {
    const close = open === '[' ? ']' : open === '{a: ' ? '}' : '';
    return open.repeat(n) + 'x' + (closed ? close.repeat(n) : '');
  }),
);

const aliasBomb = fc
  .tuple(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 12 }), fc.boolean())
  .map(([depth, width, front]): Edit => (t) => {
    let bomb = 'b0: &b0 [x]\n';
    for (let d = 1; d <= depth; d++)
      bomb += `b${d}: &b${d} [${Array(width)
        .fill(`*b${d - 1}`)
        .join(', ')}]\n`;
    return front ? bomb + t : `${t}\n${bomb}`;
  });

const reindent = fc.tuple(fc.nat(), fc.constantFrom(' ', '   ', '\t', '')).map(([i, pad]): Edit => (t) => {
  const l = lines(t);
  const k = at(l, i);
  l[k] = pad === '' ? l[k].trimStart() : pad + l[k];
  return l.join('\n');
});

const insertText = fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 40 })).map(([i, s]): Edit => (t) => {
  const p = i % (t.length + 1);
  return t.slice(0, p) + s + t.slice(p);
});

const truncate = fc.nat().map(
  (i): Edit =>
    (t) =>
      t.slice(0, i % (t.length + 1)),
);

const lineEndings = fc.constantFrom<Edit>(
  (t) => t.replace(/\n/g, '\r\n'),
  (t) => `\uFEFF${t}`,
  (t) => t.replace(/\n/g, '\r'),
  (t) => t.replace(/ {2}/g, '\t'),
);

export const textEdit: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: deleteLines, weight: 3 },
  { arbitrary: swapLines, weight: 2 },
  { arbitrary: duplicateLine, weight: 2 },
  { arbitrary: swapKey, weight: 3 },
  { arbitrary: oddValue, weight: 4 },
  { arbitrary: hugeValue, weight: 1 },
  { arbitrary: deepNesting, weight: 1 },
  { arbitrary: aliasBomb, weight: 1 },
  { arbitrary: reindent, weight: 2 },
  { arbitrary: insertText, weight: 2 },
  { arbitrary: truncate, weight: 1 },
  { arbitrary: lineEndings, weight: 1 },
);

/** Bytes spliced into the encoded file (invalid UTF-8, NULs, binary junk) or the file cut short. */
export const byteEdit = fc.oneof(
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 24 })).map(([i, junk]) => (b: Buffer) => {
    const p = i % (b.length + 1);
    return Buffer.concat([b.subarray(0, p), Buffer.from(junk), b.subarray(p)]);
  }),
  fc.nat().map((i) => (b: Buffer) => b.subarray(0, i % (b.length + 1))),
);

/** One hostile version of a file: 1–4 text edits, then sometimes a byte edit. */
export const mutation = fc.record({
  edits: fc.array(textEdit, { minLength: 1, maxLength: 4 }),
  bytes: fc.option(byteEdit, { freq: 5 }),
});

export function applyMutation(text: string, m: { edits: Edit[]; bytes: ((b: Buffer) => Buffer) | null }): Buffer {
  const edited = m.edits.reduce((t, edit) => edit(t), text);
  const bytes = Buffer.from(edited, 'utf8');
  return m.bytes ? m.bytes(bytes) : bytes;
}

/** Text an editor might paste into a field: any Unicode, markup and XML specials, Markdown. */
const pastedText = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      ']]>',
      '<!--',
      '{{',
      '}}',
      '*',
      '_',
      '#',
      '![a](b.png)',
      '[x](y)',
      '\\',
      '`',
      '\u200b',
      '\u202e',
      '\u0301',
      '😀',
      '𠀀',
      '長',
      '，',
      '。',
      '（',
      '）',
      '——',
      '……',
      ' ',
      '\n',
      '\n\n',
      '\t',
    ),
    minLength: 1,
    maxLength: 40,
  }),
);

/** Replaces the value of a title, source, body, toc or brief field with pasted text, written as a
 *  JSON string (valid YAML double-quoted), so the file stays valid and reaches the renderers. */
export const contentEdit = fc.tuple(fc.nat(), pastedText).map(([i, s]): Edit => (t) => {
  const l = lines(t);
  const found = l.map((x, k) => [x, k] as const).filter(([x]) => /^\s*(?:-\s+)?(title|source|toc|text|byline):\s/.test(x));
  if (!found.length) return t;
  const [x, k] = found[at(found, i)];
  l[k] = x.replace(/^(\s*(?:-\s+)?(?:title|source|toc|text|byline):)\s.*$/, `$1 ${JSON.stringify(s)}`);
  return l.join('\n');
});

/** Edits that mostly keep the file valid, so the case reaches layout and the renderers. */
export const contentMutation = fc.record({
  edits: fc.array(contentEdit, { minLength: 1, maxLength: 3 }),
  bytes: fc.constant(null),
});
