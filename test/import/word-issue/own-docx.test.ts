// The DOCX jianbao itself writes, imported again, is the issue it was written from: a whole issue
// (masthead, 要目, every article, the 简讯 and the 报尾 in their fields), not one article holding
// everything. Every bundled sample, compared through the loaded model, not bytes.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../../helpers/run-cli';
import { expectRoundTrip, loaded, ownDocx, printed, tmp } from './round-trip-helpers';

const ROOT = path.join(__dirname, '..', '..', '..');
const SAMPLES = fs
  .readdirSync(path.join(ROOT, 'samples'))
  .filter((f) => f.endsWith('.yaml') && f !== 'jianbao.config.yaml')
  .map((f) => path.join(ROOT, 'samples', f));

// The issue fixtures: those that build (warnings allowed) are round-tripped too; the others stop
// at an error before any DOCX exists. In the full tier only: the samples carry the fast one.
const FULL = process.env.JIANBAO_TEST_TIER === 'full';
const FIXTURES = (FULL ? ['broken', 'bad-inputs'] : [])
  .flatMap((d) => fs.readdirSync(path.join(ROOT, 'test', 'fixtures', d)).map((f) => path.join(ROOT, 'test', 'fixtures', d, f)))
  .flatMap((f) => (f.endsWith('.yaml') ? [f] : fs.existsSync(path.join(f, 'issue.yaml')) ? [path.join(f, 'issue.yaml')] : []))
  .filter((f) => !f.endsWith('jianbao.config.yaml'));

test('the bundled samples are the ones round-tripped here', () => {
  expect(SAMPLES.map((f) => path.basename(f)).sort()).toEqual(['feature-page-2021-06.yaml', 'wenzhou-kexie-2022-04.yaml']);
});

const named = (f: string) => path.relative(ROOT, f);

// Shapes the DOCX cannot give back as typed (the import keeps every character, in the body):
// the source run in after a last line ending in a literal `*`, which is no sentence end to split
// it at. (A byline of two Extension A characters, 㐀䶵, comes back by its 署名 style.)
const KNOWN = new Map([['test/fixtures/broken/32-old-markdown-escapes.yaml', 'source after `*会议现场。*` stays in the body']]);

describe.each([...SAMPLES, ...FIXTURES].map((f) => [named(f), f]))('%s → our DOCX → import', (_name, sample) => {
  let dir: string;
  let yamlFile: string;
  let stdout: string;
  let docx: Buffer | null;
  beforeAll(async () => {
    dir = tmp();
    docx = await ownDocx(sample);
    if (!docx) return;
    const file = path.join(dir, path.basename(sample).replace(/\.yaml$/, '.docx'));
    fs.writeFileSync(file, docx);
    const run = await runCli(['import', file, '-o', path.join(dir, 'out')]);
    expect(run.stderr).not.toMatch(/错误 JB/);
    expect(run.code).toBe(0);
    stdout = run.stdout;
    yamlFile = path.join(dir, 'out', path.basename(file).replace(/\.docx$/, '.yaml'));
  });

  test('imports as a whole issue, every article of the source (or does not build: nothing to import)', () => {
    if (!docx) {
      expect(FIXTURES).toContain(sample);
      return;
    }
    expect(stdout).toMatch(/整期/);
    expect(loaded(yamlFile).articles).toHaveLength(loaded(sample).articles.length);
  });

  test('the YAML loads and prints the source issue’s text', () => {
    if (!docx) return;
    if (KNOWN.has(named(sample))) {
      // Known: the text is all there, one field short (see KNOWN).
      expect(printed(loaded(yamlFile))).not.toEqual(printed(loaded(sample)));
      return;
    }
    expectRoundTrip(yamlFile, sample);
  });
});

test('the kexie sample: the 报尾 line 共印 200 份 is the print run, not an article’s source (the old misreading)', async () => {
  const dir = tmp();
  const sample = path.join(ROOT, 'samples', 'wenzhou-kexie-2022-04.yaml');
  const file = path.join(dir, 'issue.docx');
  fs.writeFileSync(file, (await ownDocx(sample))!);
  expect((await runCli(['import', file, '-o', dir])).code).toBe(0);
  const got = parse(fs.readFileSync(path.join(dir, 'issue.yaml'), 'utf8')) as {
    articles: { title: string; source?: string; body: string }[];
    colophon: { copies: number };
  };
  expect(got.colophon.copies).toBe(200);
  expect(got.articles.map((a) => a.source)).not.toContain('共印 200 份');
  expect(got.articles[0].title).toBe('温州市“科创中国”试点城市建设推进会召开');
  // Nothing of the masthead or the 要目 ran into an article.
  expect(got.articles.some((a) => /总第|本期要目/.test(a.body))).toBe(false);
});

(FULL ? test : () => undefined)('most issue fixtures build, so the round trip above covers them', async () => {
  const built = [];
  for (const f of FIXTURES) if (await ownDocx(f)) built.push(named(f));
  expect(built.length).toBeGreaterThanOrEqual(15);
});
