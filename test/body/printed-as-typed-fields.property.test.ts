// Property: the short fields an editor types print as typed too: an article's `source:` (printed
// （…） at its end), each 简讯's date, text and source (date，text（source）), read back from the
// DOCX and the PDF. The strings mix Chinese with markup-like characters, Latin, symbols and inner
// spaces; none of these fields is body text, so nothing in them is markup.
// Seeded (JIANBAO_FUZZ_SEED, default fixed); a failure prints the seed, the case and a rerun line.
import fc from 'fast-check';
import { buildYaml } from '../helpers/body-build';
import { CHINESE, INNER_SPACE, MARKUP, TYPED } from '../helpers/typed-cases';
import { FUZZ_SEED } from '../reliability/helpers/fuzz-config';

const CASES = process.env.JIANBAO_TEST_TIER === 'full' ? 600 : 40;
const PER_ISSUE = 40;
const RERUN = `JIANBAO_FUZZ_SEED=${FUZZ_SEED} npx jest test/body/printed-as-typed-fields.property.test.ts`;

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CHINESE) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...TYPED) },
  { weight: 1, arbitrary: fc.constantFrom(...INNER_SPACE.filter((s) => s !== '\t')) },
);
/** A field's text: starts and ends with a non-space (edge spaces are YAML layout, not text). */
const field = fc
  .array(token, { minLength: 1, maxLength: 6 })
  .map((t) => t.join('').trim())
  .filter((t) => t !== '' && !/^[\s\u3000\u00a0\u2003]|[\s\u3000\u00a0\u2003]$/.test(t));
const DATES = ['4月7日', '4月7日-8日', '4月10日至12日', '４月３日', '4月上旬', '4月'];
const brief = fc.record({ date: fc.constantFrom(...DATES), text: field, source: fc.option(field, { nil: undefined }) });
const sourced = fc.record({ source: field });
const issueCase = fc.record({ article: sourced, brief });
type Case = typeof issueCase extends fc.Arbitrary<infer T> ? T : never;

const quoted = (s: string) => JSON.stringify(s);

function yamlOf(cases: Case[]): string {
  const out = [
    'publication: { name: 测试简报, editor: 测试单位编 }',
    'template: plain',
    'issue: { number: 4, date: "2022-04-30" }',
    'articles:',
  ];
  cases.forEach((c, i) => out.push(`  - title: 第${i + 1}篇`, `    source: ${quoted(c.article.source)}`, '    body: 正文。'));
  out.push('briefs:');
  for (const c of cases) {
    out.push(`  - date: ${quoted(c.brief.date)}`, `    text: ${quoted(c.brief.text)}`);
    if (c.brief.source !== undefined) out.push(`    source: ${quoted(c.brief.source)}`);
  }
  return `${out.join('\n')}\n`;
}

// A source typed in one pair of brackets prints in the template's pair only, said by JB330
// (docs/diagnostics.md): （市科协） and (市科协) both print （市科协）.
const printedSource = (s: string) => `（${/^[（(]([^（）()]+)[）)]$/.exec(s)?.[1].trim() ?? s}）`;
const briefLine = (b: Case['brief']) => `${b.date}，${b.text}${b.source !== undefined ? printedSource(b.source) : ''}`;
const squash = (s: string) => s.replace(/\s+/g, '');

test(`sources and 简讯 print as typed: ${CASES} generated cases (seed ${FUZZ_SEED})`, async () => {
  const cases = fc.sample(issueCase, { seed: FUZZ_SEED, numRuns: CASES });
  for (let first = 0; first < cases.length; first += PER_ISSUE) {
    const batch = cases.slice(first, first + PER_ISSUE);
    const built = await buildYaml(yamlOf(batch));
    const errors = built.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length)
      throw new Error(`cases ${first}– did not build (seed ${FUZZ_SEED}; rerun: ${RERUN}): ${JSON.stringify(errors.slice(0, 3))}`);
    const want = [
      ...batch.flatMap((c, i) => [`第${i + 1}篇`, `正文。${printedSource(c.article.source)}`]),
      '简讯',
      ...batch.map((c) => briefLine(c.brief)),
    ];
    const docx = built.docxParagraphs.slice(built.docxParagraphs.indexOf('第1篇'));
    want.forEach((w, i) => {
      if (docx[i] !== w) {
        const c = batch[Math.min(batch.length - 1, i < 2 * batch.length ? Math.floor(i / 2) : i - 2 * batch.length - 1)];
        throw new Error(
          `DOCX differs near case ${first} + (seed ${FUZZ_SEED}; rerun: ${RERUN})\ncase: ${JSON.stringify(c)}\nexpected: ${JSON.stringify(w)}\nprinted:  ${JSON.stringify(docx[i])}`,
        );
      }
    });
    const pdf = squash(built.pdfLines.map((l) => l.text).join(''));
    const from = pdf.indexOf(squash('第1篇'));
    expect(from).toBeGreaterThanOrEqual(0);
    const got = pdf.slice(from);
    const expected = squash(want.join(''));
    if (got !== expected) {
      let i = 0;
      while (i < got.length && got[i] === expected[i]) i++;
      throw new Error(
        `PDF differs in cases ${first}– at character ${i} (seed ${FUZZ_SEED}; rerun: ${RERUN})\nexpected: …${expected.slice(Math.max(0, i - 30), i + 30)}\nprinted:  …${got.slice(Math.max(0, i - 30), i + 30)}`,
      );
    }
  }
}, 900_000);
