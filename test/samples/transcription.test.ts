// The sample issues in samples/ are transcriptions of the two seed extracts in
// /work/shared/seeds (copied into test/samples/seeds/ so the test runs anywhere). These tests prove
// the transcription is faithful: every printed character is kept (mistakes included), nothing is
// invented except the YAML structure, and only extraction damage (page-break splits, misplaced
// captions and leads) is undone. Each check is also run once against a deliberately broken copy,
// so a check that cannot fail would itself fail.
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLES = path.join(ROOT, 'samples');
const SEEDS = path.join(__dirname, 'seeds');

const SEED_000 = fs.readFileSync(path.join(SEEDS, '000_e208822181160997.txt'), 'utf8');
const SEED_004 = fs.readFileSync(path.join(SEEDS, '004_02f6aa3a8cf140fd.txt'), 'utf8');

// ---------------------------------------------------------------------------------------------
// Loading (strict: YAML errors such as duplicate keys fail the test; only v1 keys are allowed)

type Dict = Record<string, unknown>;

function loadYaml(file: string): Dict {
  const doc = parseDocument(fs.readFileSync(file, 'utf8'), { version: '1.2' });
  if (doc.errors.length) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
  if (doc.warnings.length) throw new Error(`${file}: ${doc.warnings.map((e) => e.message).join('; ')}`);
  return doc.toJS() as Dict;
}

const ALLOWED: Record<string, string[]> = {
  config: ['publication', 'template', 'colophon'],
  issueFile: ['publication', 'issue', 'template', 'articles', 'briefs', 'colophon'],
  publication: ['name', 'editor', 'mark'],
  issue: ['number', 'total', 'date'],
  article: ['title', 'toc', 'source', 'byline', 'section', 'body'],
  brief: ['date', 'text', 'source'],
  colophon: ['distribution', 'copies'],
  distribution: ['label', 'to'],
};

function checkKeys(kind: string, value: unknown, where: string): void {
  expect(value !== null && typeof value === 'object' && !Array.isArray(value)).toBe(true);
  for (const key of Object.keys(value as Dict)) {
    if (!ALLOWED[kind].includes(key)) throw new Error(`${where}: unknown key "${key}" in ${kind}`);
  }
}

interface Article { title: string; toc?: string; source?: string; byline?: string; section?: string; body: string }
interface Brief { date: string; text: string; source: string }
interface Issue {
  publication: { name: string; editor: string; mark?: string };
  issue: { number?: number; total?: number; date: string };
  articles: Article[];
  briefs?: Brief[];
}

function validate(file: string, data: Dict): void {
  checkKeys('issueFile', data, file);
  if (data.publication) checkKeys('publication', data.publication, file);
  checkKeys('issue', data.issue, file);
  const issue = data.issue as Dict;
  expect(typeof issue.date).toBe('string');
  expect(issue.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  for (const k of ['number', 'total']) if (k in issue) expect(Number.isInteger(issue[k])).toBe(true);
  expect(Array.isArray(data.articles)).toBe(true);
  for (const a of data.articles as Dict[]) {
    checkKeys('article', a, file);
    expect(typeof a.title).toBe('string');
    expect(typeof a.body).toBe('string');
    for (const k of ['toc', 'source', 'byline', 'section']) if (k in a) expect(typeof a[k]).toBe('string');
  }
  for (const b of (data.briefs as Dict[] | undefined) ?? []) {
    checkKeys('brief', b, file);
    for (const k of ['date', 'text', 'source']) expect(typeof b[k]).toBe('string');
  }
}

/** The issue file merged over the nearest jianbao.config.yaml (top-level keys override). */
function loadIssue(name: string): Issue {
  const file = path.join(SAMPLES, name);
  const data = loadYaml(file);
  validate(file, data);
  const config = loadYaml(path.join(SAMPLES, 'jianbao.config.yaml'));
  return { ...config, ...data } as unknown as Issue;
}

// ---------------------------------------------------------------------------------------------
// Plain text of a sample, as the printed page reads

const noSpace = (s: string) => s.replace(/\s+/g, '');

/** Body Markdown → plain text: `## `, `**` and image syntax go, the caption stays. */
function bodyText(md: string): string {
  return md
    .split('\n')
    .map((line) =>
      line
        .replace(/^## /, '')
        .replace(/^!\[([^\]]*)\]\([^)]*\)$/, '$1')
        .replace(/\*\*/g, ''),
    )
    .join('\n');
}

const tocLine = (a: Article) => a.toc ?? a.title.replace(/\n/g, '');

function articleText(a: Article): string {
  return [
    a.section ?? '',
    a.title.replace(/\n/g, ''),
    bodyText(a.body),
    a.source ? `（${a.source}）` : '',
    a.byline ?? '',
  ].join('\n');
}

function mastheadText(s: Issue): string {
  const [y, m, d] = s.issue.date.split('-').map(Number);
  return [
    s.publication.mark ?? '',
    s.publication.name,
    s.issue.number !== undefined ? `第${s.issue.number}期` : '',
    s.issue.total !== undefined ? `(总第${s.issue.total}期)` : '', // printed with half-width ( )
    s.publication.editor,
    `${y}年${m}月${d}日`,
  ].join('\n');
}

/** Seed 000 as printed: masthead, 本期要目 heading, articles, 简讯. The TOC lines are checked apart. */
function issueText(s: Issue): string {
  const parts = [mastheadText(s), '本期要目', ...s.articles.map(articleText)];
  if (s.briefs?.length) {
    parts.push('简讯', ...s.briefs.map((b) => `${b.date}，${b.text}（${b.source}）`));
  }
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Seed 000 (one whole issue of 温州科协信息)

function seed000Toc(seed: string): string[] {
  const lines = seed.split('\n');
  const start = lines.findIndex((l) => l.trim() === '本 期 要 目');
  expect(start).toBeGreaterThan(0);
  const toc: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') continue;
    if (!line.startsWith('- ')) break;
    toc.push(line.slice(2));
  }
  return toc;
}

/** The seed with whitespace removed and the 本期要目 list lines (not its heading) removed. */
function seed000Text(seed: string): string {
  const toc = new Set(seed000Toc(seed).map((t) => `- ${t}`));
  return noSpace(seed.split('\n').filter((l) => !toc.has(l)).join('\n'));
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at ${i}: sample …${a.slice(Math.max(0, i - 20), i + 20)}… vs seed …${b.slice(Math.max(0, i - 20), i + 20)}…`;
}

function matches000(sample: Issue, seed: string): boolean {
  return noSpace(issueText(sample)) === seed000Text(seed);
}

describe('samples/wenzhou-kexie-2022-04.yaml transcribes seed 000', () => {
  const sample = loadIssue('wenzhou-kexie-2022-04.yaml');

  test('the whole printed text equals the seed, whitespace aside', () => {
    const mine = noSpace(issueText(sample));
    const theirs = seed000Text(SEED_000);
    if (mine !== theirs) throw new Error(firstDifference(mine, theirs));
    expect(mine).toBe(theirs);
  });

  test('the 本期要目 lines equal the articles’ TOC lines, in order', () => {
    const seedToc = seed000Toc(SEED_000);
    expect(seedToc).toHaveLength(9);
    expect(sample.articles.map(tocLine)).toEqual(seedToc);
  });

  test('masthead and series fields', () => {
    expect(sample.publication.name).toBe('温州科协信息');
    expect(sample.publication.editor).toBe('温州市科学技术协会编');
    expect(sample.issue).toEqual({ number: 4, total: 269, date: '2022-04-30' });
    expect(sample.briefs).toHaveLength(14);
  });

  test('the comparison can fail: one changed, dropped or moved character is caught', () => {
    const clone = (): Issue => JSON.parse(JSON.stringify(sample));
    const changed = clone();
    changed.articles[3].body = changed.articles[3].body.replace('谋实 2022', '谋实2O22'); // O for 0
    expect(changed.articles[3].body).not.toBe(sample.articles[3].body);
    expect(matches000(changed, SEED_000)).toBe(false);
    const dropped = clone();
    dropped.briefs![10].text = dropped.briefs![10].text.replace('进文化', '进化');
    expect(matches000(dropped, SEED_000)).toBe(false);
    const swapped = clone();
    [swapped.briefs![0], swapped.briefs![1]] = [swapped.briefs![1], swapped.briefs![0]];
    expect(matches000(swapped, SEED_000)).toBe(false);
    const renamedToc = clone();
    renamedToc.articles[2].toc = '市科协召开党组会 传达学习贯彻市“两会”精神';
    expect(renamedToc.articles.map(tocLine)).not.toEqual(seed000Toc(SEED_000));
    expect(matches000(sample, SEED_000)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Seed 004 (a feature page: 宁波 and 温州)

/**
 * Paragraphs the extraction cut in two, as [end of the first part, start of the second part].
 * Anything between the parts (a caption, the misplaced 温州 lead) stays a paragraph of its own.
 */
const JOINS_004: Array<[string, string]> = [
  ['协助乡镇(街道)为', '企业开展战略咨询'],
  ['集约式', '导入创新资源'],
  ['开展科技精', '准服务等方面'],
  ['多方融合的建会机制,', '成立一批科技经济融合类学会'],
];

/** Seed paragraphs: non-empty lines, `#`/`##` markers and whitespace removed, cut ones joined. */
function seed004Paragraphs(seed: string): string[] {
  const paras = seed
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => noSpace(l.replace(/^#{1,6} /, '')));
  for (const [end, start] of JOINS_004) {
    const i = paras.findIndex((p) => p.endsWith(end));
    const j = paras.findIndex((p, k) => k > i && p.startsWith(start));
    if (i < 0 || j < 0) throw new Error(`join ${end} | ${start} not found in the seed`);
    expect(paras.filter((p) => p.endsWith(end))).toHaveLength(1);
    paras[i] += paras[j];
    paras.splice(j, 1);
  }
  return paras;
}

const sortedChars = (s: string) => [...noSpace(s)].sort().join('');

function featureText(s: Issue): string {
  return s.articles.map(articleText).join('\n');
}

/** The problems with a transcription of seed 004, or [] when it is faithful. */
function problems004(sample: Issue, seed: string): string[] {
  const mine = noSpace(featureText(sample));
  const out: string[] = [];
  for (const p of seed004Paragraphs(seed)) if (!mine.includes(p)) out.push(`missing: ${p.slice(0, 40)}…`);
  const seedText = seed.split('\n').map((l) => l.replace(/^#{1,6} /, '')).join('\n');
  const a = [...mine].length;
  const b = [...noSpace(seedText)].length;
  if (a !== b) out.push(`character count ${a} ≠ seed ${b}`);
  if (sortedChars(mine) !== sortedChars(seedText)) out.push('the multiset of characters differs');
  return out;
}

describe('samples/feature-page-2021-06.yaml transcribes seed 004', () => {
  const sample = loadIssue('feature-page-2021-06.yaml');

  test('every seed paragraph is in the sample, and nothing was dropped or invented', () => {
    expect(problems004(sample, SEED_004)).toEqual([]);
  });

  test('structure: two city articles with bylines, own publication, no briefs', () => {
    expect(sample.articles.map((a) => [a.section, a.title, a.byline])).toEqual([
      ['宁波', '创新“五连”模式 促进科技经济融合', '本报记者 徐军 通讯员 叶旭光'],
      ['温州', '以青科会为载体 推动“科创中国”试点落地', '本报记者 徐慧敏'],
    ]);
    expect(sample.publication.name).toBe('“科创中国”试点城市专版');
    expect(sample.issue).toEqual({ date: '2021-06-30' });
    expect(sample.briefs).toBeUndefined();
    const wenzhou = sample.articles[1].body.split('\n\n');
    expect(wenzhou[0].startsWith('5月30日,中国科协第十次')).toBe(true);
    expect(wenzhou[1].startsWith('日前,记者走访')).toBe(true);
    // the half-width punctuation of the seed is kept, not "fixed"
    expect(sample.articles[0].body).toContain('“五连”(连学会、');
  });

  test('every photo paragraph points at an existing placeholder', () => {
    const photos = sample.articles.flatMap((a) =>
      a.body.split('\n\n').filter((p) => p.startsWith('![')),
    );
    expect(photos).toHaveLength(2);
    for (const p of photos) {
      const m = /^!\[([^\]]+)\]\((images\/[a-z0-9-]+\.png)\)$/.exec(p);
      expect(m).not.toBeNull();
      expect(fs.existsSync(path.join(SAMPLES, m![2]))).toBe(true);
    }
  });

  test('the comparison can fail: a changed, dropped or invented character is caught', () => {
    const clone = (): Issue => JSON.parse(JSON.stringify(sample));
    const fixedComma = clone(); // "correcting" one half-width comma: same count, different text
    fixedComma.articles[0].body = fixedComma.articles[0].body.replace('组织赋能,', '组织赋能，');
    expect(problems004(fixedComma, SEED_004).length).toBeGreaterThan(0);
    const dropped = clone();
    dropped.articles[1].byline = '本报记者 徐慧';
    expect(problems004(dropped, SEED_004).length).toBeGreaterThan(0);
    const invented = clone();
    invented.articles[1].body += '\n\n（完）';
    expect(problems004(invented, SEED_004).length).toBeGreaterThan(0);
    const withSpace = clone(); // a join that inserted something
    withSpace.articles[0].body = withSpace.articles[0].body.replace('集约式导入', '集约式，导入');
    expect(problems004(withSpace, SEED_004).length).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Series config and placeholder photos

describe('samples/jianbao.config.yaml and samples/images', () => {
  test('the config uses only v1 keys', () => {
    const file = path.join(SAMPLES, 'jianbao.config.yaml');
    const config = loadYaml(file);
    checkKeys('config', config, file);
    checkKeys('publication', config.publication, file);
    checkKeys('colophon', config.colophon, file);
    const colophon = config.colophon as Dict;
    expect(Number.isInteger(colophon.copies)).toBe(true);
    for (const d of colophon.distribution as Dict[]) checkKeys('distribution', d, file);
  });

  test('placeholders are small 1200×800 PNGs, regenerated byte for byte by the script', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const gen = require(path.join(SAMPLES, 'images', 'make-placeholders.js')) as {
      png(w: number, h: number, fill: number): Buffer;
      PHOTOS: Array<[string, number]>;
      WIDTH: number;
      HEIGHT: number;
    };
    expect(gen.PHOTOS.length).toBeGreaterThan(0);
    for (const [name, fill] of gen.PHOTOS) {
      const onDisk = fs.readFileSync(path.join(SAMPLES, 'images', name));
      expect(onDisk.length).toBeLessThan(20 * 1024);
      expect(onDisk.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(onDisk.toString('ascii', 12, 16)).toBe('IHDR');
      expect([onDisk.readUInt32BE(16), onDisk.readUInt32BE(20)]).toEqual([1200, 800]);
      expect(onDisk.equals(gen.png(gen.WIDTH, gen.HEIGHT, fill))).toBe(true);
    }
  });
});
