// An article draft imported inside a series folder: it leaves out what jianbao.config.yaml supplies
// (a placeholder there would override the config: the masthead read 待填写), and a batch over the
// series (check/build/index/new) does not take the drafts in 稿件/ for issues.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { expandInputFiles } from '../../src/inputs/inputs';
import { readPdf } from '../helpers/pdf-read';
import { runCli } from '../helpers/run-cli';
import { SAMPLE_000, SEED_000 } from '../import/round-trip-helpers';

const SAMPLES = path.dirname(SAMPLE_000);

const ARTICLE_TXT = ['台州市科协开展科技志愿服务', '', '　　5月12日，台州市科协组织科技志愿者走进社区。', '（台州市科协）', ''].join('\n');

/** A series folder as README describes it: the config at the top, 2024/2024-01.yaml, 稿件/x.txt. */
function seriesFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-series-'));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  fs.mkdirSync(path.join(dir, '2024'));
  fs.copyFileSync(SAMPLE_000, path.join(dir, '2024', '2024-01.yaml'));
  fs.cpSync(path.join(SAMPLES, 'images'), path.join(dir, '2024', 'images'), { recursive: true });
  fs.mkdirSync(path.join(dir, '稿件'));
  fs.writeFileSync(path.join(dir, '稿件', 'x.txt'), ARTICLE_TXT);
  return dir;
}

describe('an article draft imported inside a series folder', () => {
  let dir = '';
  let draft = '';
  beforeAll(async () => {
    dir = seriesFolder();
    const run = await runCli(['import', path.join(dir, '稿件', 'x.txt'), '-o', path.join(dir, '稿件', '转换')]);
    expect(run.code).toBe(0);
    draft = path.join(dir, '稿件', '转换', 'x.yaml');
  });

  it('leaves out publication (the config supplies it) and keeps the marked placeholder date', () => {
    const text = fs.readFileSync(draft, 'utf8');
    const data = parse(text) as Record<string, unknown>;
    expect(data.publication).toBeUndefined();
    expect(text).not.toContain('待填写');
    expect((data.issue as { date: string }).date).toBe('2000-01-01');
    expect((data.articles as { title: string }[])[0].title).toBe('台州市科协开展科技志愿服务');
  });

  it('build --draft prints the masthead from the config', async () => {
    const out = path.join(dir, 'draft-out');
    const run = await runCli(['build', '--draft', '--to', 'pdf', draft, '-o', out]);
    expect(run.code).toBe(0);
    const pdf = fs.readdirSync(out, { recursive: true }).find((f) => String(f).endsWith('.pdf'));
    const text = readPdf(fs.readFileSync(path.join(out, String(pdf))))[0].text;
    expect(text).toContain('温州科协信息');
    expect(text).toContain('温州市科学技术协会编');
    expect(text).not.toContain('待填写');
  });

  it('check . and build . take only the issue, not the draft in 稿件/', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const check = await runCli(['check', '.']);
      expect(check.stdout + check.stderr).not.toContain('稿件');
      expect(check.code).toBe(0);
      const build = await runCli(['build', '.', '--to', 'pdf']);
      expect(build.stdout + build.stderr).not.toContain('稿件');
      expect(build.code).toBe(0);
      expect(build.stdout).toMatch(/共 1 期/);
    } finally {
      process.chdir(cwd);
    }
  });

  it('a folder walk skips every folder named 稿件, at any depth, but not when named itself', () => {
    fs.mkdirSync(path.join(dir, '2024', '稿件'), { recursive: true });
    fs.writeFileSync(path.join(dir, '2024', '稿件', 'y.yaml'), 'issue: {}\n');
    const found = expandInputFiles([dir]).inputs.map((i) => i.relative);
    expect(found).toEqual(['2024/2024-01.yaml']);
    const drafts = expandInputFiles([path.join(dir, '稿件')]).inputs.map((i) => i.relative);
    expect(drafts).toEqual(['稿件/转换/x.yaml']);
    const globbed = expandInputFiles([`${dir.split(path.sep).join('/')}/**/*.yaml`]).inputs.map((i) => i.relative);
    expect(globbed).toEqual(['2024/2024-01.yaml']);
  });
});

describe('a plain-text back issue without a masthead imported inside a series folder', () => {
  it('gets no 待填写 name or editor (the config supplies them), only the marked date if it has none', async () => {
    const dir = seriesFolder();
    // The seed without its masthead lines: everything before 本 期 要 目.
    const seed = fs.readFileSync(SEED_000, 'utf8');
    const body = seed.slice(seed.indexOf('本 期 要 目'));
    const file = path.join(dir, '2024', '2024-02.txt');
    fs.writeFileSync(file, body);
    const run = await runCli(['import', file, '--date', '2024-02-29']);
    expect(run.stdout + run.stderr).not.toContain('publication');
    const text = fs.readFileSync(path.join(dir, '2024', '2024-02.yaml'), 'utf8');
    expect(text).not.toContain('待填写');
    expect((parse(text) as Record<string, unknown>).publication).toBeUndefined();
  });
});
