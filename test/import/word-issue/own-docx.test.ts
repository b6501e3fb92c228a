// The DOCX jianbao itself writes, imported again, is the issue it was written from: a whole issue
// (masthead, 要目, every article, the 简讯 and the 报尾 in their fields), not one article holding
// everything. Every bundled sample, compared through the loaded model, not bytes.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../../helpers/run-cli';
import { loaded, ownDocx, printed, tmp } from './round-trip-helpers';

const ROOT = path.join(__dirname, '..', '..', '..');
const SAMPLES = fs
  .readdirSync(path.join(ROOT, 'samples'))
  .filter((f) => f.endsWith('.yaml') && f !== 'jianbao.config.yaml')
  .map((f) => path.join(ROOT, 'samples', f));

test('the bundled samples are the ones round-tripped here', () => {
  expect(SAMPLES.map((f) => path.basename(f)).sort()).toEqual(['feature-page-2021-06.yaml', 'wenzhou-kexie-2022-04.yaml']);
});

describe.each(SAMPLES.map((f) => [path.basename(f), f]))('%s → our DOCX → import', (_name, sample) => {
  let dir: string;
  let yamlFile: string;
  let stdout: string;
  beforeAll(async () => {
    dir = tmp();
    const docx = await ownDocx(sample);
    if (!docx) throw new Error(`${sample} does not build`);
    const file = path.join(dir, path.basename(sample).replace(/\.yaml$/, '.docx'));
    fs.writeFileSync(file, docx);
    const run = await runCli(['import', file, '-o', path.join(dir, 'out')]);
    expect(run.stderr).not.toMatch(/错误 JB/);
    expect(run.code).toBe(0);
    stdout = run.stdout;
    yamlFile = path.join(dir, 'out', path.basename(file).replace(/\.docx$/, '.yaml'));
  });

  test('imports as a whole issue, every article of the source', () => {
    const source = parse(fs.readFileSync(sample, 'utf8')) as { articles: unknown[] };
    const got = parse(fs.readFileSync(yamlFile, 'utf8')) as { articles: unknown[] };
    expect(stdout).toMatch(/整期/);
    expect(got.articles).toHaveLength(source.articles.length);
  });

  test('the YAML loads and prints the source issue’s text', () => {
    const want = printed(loaded(sample));
    const got = printed(loaded(yamlFile));
    // The feature page's template prints no 编印单位: it cannot come back from the DOCX. It also
    // sets each photo in a floating frame anchored further down (at the top of a page), so the
    // DOCX's reading order holds the photo at its anchor: photos are compared in their own order.
    if (loaded(sample).template === 'zhuankan') {
      for (const issue of [want, got]) {
        issue.editor = undefined;
        for (const a of issue.articles)
          a.body = [...a.body.filter((l) => !l.startsWith('![')), ...a.body.filter((l) => l.startsWith('!['))];
      }
    }
    expect(got).toEqual(want);
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
