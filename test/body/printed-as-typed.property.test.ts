// Property: whatever an editor types, the text read back from the PDF (pdfjs) and from the DOCX
// XML is the input minus exactly the documented markup (docs/body-format.md). Bodies and titles
// are generated from Chinese sentences mixed with every markup-like character and numbering
// form, at line starts, ends and middles, with LF, CRLF and lone CR; tables, valid and (mostly)
// near-misses that must print as typed. Cases are batched many to
// an issue (one PDF and one DOCX per batch, built in-process) so thousands stay cheap.
// Seeded (JIANBAO_FUZZ_SEED, default fixed); a failure prints the seed, the case and a rerun line.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { buildYaml, issueYaml, type Built, type TestArticle } from '../helpers/body-build';
import { FUZZ_SEED } from '../reliability/helpers/fuzz-config';
import { article, EDGE_WS, PHOTOS, printedBody, printedTitle, tableAt, type Printed } from '../helpers/typed-cases';

const CASES = process.env.JIANBAO_TEST_TIER === 'full' ? 2000 : 150;
const PER_ISSUE = 75;
const RERUN = `JIANBAO_FUZZ_SEED=${FUZZ_SEED} npx jest test/body/printed-as-typed.property.test.ts`;

// ---- checking one built issue -----------------------------------------------------------------
const squash = (s: string) => s.replace(/\s+/g, '');
const boldOf = (xml: string) =>
  [...xml.matchAll(/<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:b\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*>([^<]*)<\/w:t>/g)]
    .map((m) =>
      m[1]
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    )
    .join('');
const HEADER = 3; // plain template: name, issue line, rule

function fail(what: string, n: number, a: TestArticle, detail: string): never {
  throw new Error(
    `${what} differs for case ${n} (seed ${FUZZ_SEED}; rerun: ${RERUN})\n` +
      `title: ${JSON.stringify(a.title)}\nbody:  ${JSON.stringify(a.body)}\n${detail}`,
  );
}

/**
 * The order in which the paragraphs of `want` were printed, when `got` is `want` with photos
 * (each with its caption) moved later, in order: a photo the PDF floated to the next page is
 * anchored in the DOCX at the first paragraph that begins there, up to the next article's start.
 * Null when `got` is no such reordering.
 */
function printedOrder(want: Printed[], got: string[]): number[] | null {
  const groups: number[][] = [];
  const rest: Array<number | number[]> = [];
  want.forEach((w, i) => {
    if (w.photo) rest.push(groups[groups.push([i]) - 1]);
    else if (w.caption && groups.length > 0 && groups[groups.length - 1].at(-1) === i - 1) groups[groups.length - 1].push(i);
    else rest.push(i);
  });
  const order: number[] = [];
  const pending: number[][] = [];
  const at = (group: number[]) => group.every((i, n) => got[order.length + n] === want[i].text);
  const take = (group: number[]) => order.push(...group);
  for (const item of rest) {
    if (Array.isArray(item)) {
      if (pending.length === 0 && at(item)) take(item);
      else pending.push(item);
      continue;
    }
    while (got[order.length] !== want[item].text && pending.length > 0 && at(pending[0])) take(pending.shift()!);
    if (got[order.length] !== want[item].text) return null;
    take([item]);
  }
  for (const group of pending) {
    if (!at(group)) return null;
    take(group);
  }
  return order.length === got.length ? order : null;
}

function checkDocx(built: Built, articles: TestArticle[], first: number): void {
  let p = HEADER;
  articles.forEach((a, k) => {
    const typed = [{ text: printedTitle(a.title), bold: '' }, ...printedBody(a.body)];
    const got = built.docxParagraphs.slice(p, p + typed.length);
    const order = printedOrder(typed, got);
    if (!order) {
      fail('DOCX text', first + k, a, `expected: ${JSON.stringify(typed.map((w) => w.text))}\nprinted:  ${JSON.stringify(got)}`);
    }
    const want = order.map((i) => typed[i]);
    const bolds = built.docxXml.slice(p + 1, p + want.length).map(boldOf);
    if (JSON.stringify(bolds) !== JSON.stringify(want.slice(1).map((w) => w.bold))) {
      fail(
        'DOCX bold text',
        first + k,
        a,
        `expected: ${JSON.stringify(want.slice(1).map((w) => w.bold))}\nprinted:  ${JSON.stringify(bolds)}`,
      );
    }
    p += want.length;
  });
  if (p !== built.docxParagraphs.length)
    throw new Error(`DOCX has ${built.docxParagraphs.length - p} paragraphs more than expected (seed ${FUZZ_SEED}; rerun: ${RERUN})`);
}

/** pdfjs joins and splits items by position and may add spaces, so spaces are not compared. */
function checkPdf(built: Built, articles: TestArticle[], first: number): void {
  const lines = built.pdfLines.map((l) => squash(l.text));
  const all = lines.join('');
  const header = squash('测试简报第 4 期　测试单位编　2022 年 4 月 30 日');
  if (!all.startsWith(header)) throw new Error(`PDF does not start with the issue header: ${all.slice(0, 40)}`);
  // Where each line starts in `all`, so an article's title is found at its own line.
  const starts = new Map<number, number>();
  lines.reduce((offset, l, i) => (starts.set(offset, i), offset + l.length), 0);
  let at = header.length;
  articles.forEach((a, k) => {
    const body = printedBody(a.body);
    const want = squash(
      printedTitle(a.title) +
        body
          .filter((w) => !w.caption)
          .map((w) => w.text)
          .join(''),
    );
    // A photo floats to the next page when it does not fit, the text after it filling the page it
    // left: its caption is taken out where it printed, in order, within the article's stretch.
    // Each is looked for from where it stood in the text: a photo only ever moves later.
    const captions: Array<{ c: string; from: number }> = [];
    body.reduce(
      (offset, w) => (w.caption ? (captions.push({ c: squash(w.text), from: offset }), offset) : offset + squash(w.text).length),
      squash(printedTitle(a.title)).length,
    );
    // A table split over pages repeats its header row atop the next: such repeats (after the
    // header's own place) are taken out too, up to two per table.
    const headers: Array<{ c: string; from: number }> = [];
    body.reduce(
      (offset, w) => {
        if (w.header !== undefined && !headers[w.header]) headers[w.header] = { c: '', from: offset };
        if (w.header !== undefined) headers[w.header].c += squash(w.text);
        return w.caption ? offset : offset + squash(w.text).length;
      },
      squash(printedTitle(a.title)).length,
    );
    const repeatSets = headers
      .reduce<Array<Array<{ c: string; from: number }>>>((sets, h) => sets.flatMap((set) => [set, [...set, h], [...set, h, h]]), [[]])
      .filter((set) => set.every(({ c }) => c.length > 0))
      // Most repeats first: a table whose last rows are empty ends its article with a repeated
      // header and nothing after it, which the set without it would leave to the next article.
      .sort((a, b) => b.length - a.length);
    // The same caption text may also be body text: any placement of the captions (each at or
    // after its own spot) that leaves exactly the body, in order, is the one printed.
    const placed = (rest: string, items: Array<{ c: string; from: number }>, n: number): string | null => {
      if (n === items.length) return rest === want ? rest : null;
      const { c, from } = items[n];
      for (let p = rest.indexOf(c, from); p >= 0; p = rest.indexOf(c, p + 1)) {
        const found = placed(rest.slice(0, p) + rest.slice(p + c.length), items, n + 1);
        if (found !== null) return found;
      }
      return null;
    };
    let got: string | null = null;
    let length = want.length;
    for (const repeats of repeatSets) {
      const items = [...captions, ...repeats.map(({ c, from }) => ({ c, from: from + c.length }))];
      length = want.length + items.map(({ c }) => c).join('').length;
      got = placed(all.slice(at, at + length), items, 0);
      if (got !== null) break;
    }
    if (got === null) got = all.slice(at, at + want.length);
    if (got !== want) fail('PDF text', first + k, a, `expected: ${want}\nprinted:  ${got}`);
    // A title's line break ends its PDF line there (both lines are short enough not to wrap).
    const parts = printedTitle(a.title).split('\n').map(squash);
    const i = starts.get(at) ?? -1;
    if (i < 0 || lines[i] !== parts[0] || (parts.length > 1 && lines[i + 1] !== parts[1])) {
      fail(
        'PDF title lines',
        first + k,
        a,
        `expected: ${JSON.stringify(parts)}\nprinted:  ${JSON.stringify(lines.slice(Math.max(0, i), i + 2))}`,
      );
    }
    at += length;
  });
  if (at !== all.length) throw new Error(`PDF has text after the last article: ${all.slice(at, at + 40)} (seed ${FUZZ_SEED})`);
}

const PNG = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'images', 'ningbo-xie-zhiyuan.png'));

test(`printed as typed: ${CASES} generated bodies and titles read back from PDF and DOCX (seed ${FUZZ_SEED})`, async () => {
  const cases = fc.sample(article, { seed: FUZZ_SEED, numRuns: CASES });
  console.log(
    `printed-as-typed: ${CASES} cases in issues of ${PER_ISSUE}, seed ${FUZZ_SEED} (rerun: ${RERUN}); first case:\n${JSON.stringify(cases[0])}`,
  );
  // The generator must give valid tables as well as near-misses (lines starting with `|`).
  const lines = cases.flatMap((c) => c.body.split(/\r\n|\r|\n/).map((l) => l.replace(EDGE_WS, '')));
  const tables = lines.filter((_, i) => tableAt(lines, i) > 0).length;
  const piped = lines.filter((l) => l.startsWith('|')).length;
  console.log(`printed-as-typed: ${tables} tables among ${piped} lines starting with |`);
  expect(tables).toBeGreaterThan(CASES / 30);
  expect(piped).toBeGreaterThan(tables * 4);
  for (let first = 0; first < cases.length; first += PER_ISSUE) {
    const batch = cases.slice(first, first + PER_ISSUE);
    const built = await buildYaml(issueYaml(batch), Object.fromEntries(PHOTOS.map((p) => [p, PNG])));
    const errors = built.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length)
      throw new Error(
        `cases ${first}–${first + batch.length - 1} did not build (seed ${FUZZ_SEED}; rerun: ${RERUN}): ${JSON.stringify(errors.slice(0, 3))}`,
      );
    checkDocx(built, batch, first);
    checkPdf(built, batch, first);
  }
}, 900_000);
