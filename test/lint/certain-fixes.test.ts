// Trial 5 (unseen material): `check --fix` merged people's names (JB302 took out the spaces in
// `通讯员　周敏 陈 静`) and half-fixed JB303 (`第 3 家` → `第3 家`, `较 2022 年` → `较 2022年`).
// --fix may only apply mendings that are certain; the rest is warned, or left alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { captureIO } from './capture-io';
import { article, lintYaml } from './lint-helper';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'trial5-fix');

/** Copies a trial-5 fixture with its series config, runs `check --fix`, returns the text before
 *  and after and what a second `check` still reports. */
async function fixCopy(name: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-certain-'));
  for (const f of [name, 'jianbao.config.yaml']) fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
  const file = path.join(dir, name);
  const before = fs.readFileSync(file, 'utf8');
  await main(['check', '--fix', file], captureIO());
  const after = fs.readFileSync(file, 'utf8');
  const io = captureIO();
  await main(['check', '--format', 'json', file], io);
  const left = JSON.parse(io.out.join('')) as Array<{ code: string; line: number; fixable: boolean }>;
  return { before: before.split('\n'), after: after.split('\n'), left };
}

describe('check --fix keeps names apart (JB302)', () => {
  it('leaves the byline in the body of 2024-02 as typed and does not even warn about it', async () => {
    const { before, after, left } = await fixCopy('2024-02.yaml');
    expect(after[12]).toBe(before[12]);
    expect(after[12]).toContain('（通讯员　周敏 陈 静）');
    expect(left.filter((d) => d.code === 'JB302' && d.line === 13)).toEqual([]);
  });

  it('still removes the certain strays of 2024-02: 醫務人員 耐心, 2025年 照样', async () => {
    const { after } = await fixCopy('2024-02.yaml');
    expect(after[14]).toContain('活動現場，醫務人員耐心解答居民提問');
    expect(after[22]).toContain('2024—2025年照样保留');
  });

  it('never removes a full-width space or a space between names (fix-test.yaml), but still warns', async () => {
    const { before, after, left } = await fixCopy('fix-test.yaml');
    const names = before.findIndex((l) => l.includes('医务人员'));
    expect(after[names]).toBe(before[names]);
    const warned = left.filter((d) => d.code === 'JB302' && d.line === names + 1);
    expect(warned.length).toBeGreaterThan(0);
    expect(warned.every((d) => !d.fixable)).toBe(true);
  });
});

describe('check --fix on JB303 is all or nothing, and only for 期号 and dates', () => {
  it('leaves 第 3 家 and 第 1 批 (neither an issue number nor a date) unreported and unchanged', async () => {
    const { after, left } = await fixCopy('fix-test.yaml');
    const line = after.findIndex((l) => l.includes('家医院'));
    expect(after[line]).toContain('第 3 家医院、2 个小组、第 1 批 12 人');
    expect(left.filter((d) => d.code === 'JB303').map((d) => d.line)).toEqual([line + 1]);
    const { diagnostics } = lintYaml(article('第 3 家医院、第 1 批人员'));
    expect(diagnostics.filter((d) => d.code === 'JB303')).toEqual([]);
  });

  it('leaves 较 2022 年 and 于 1 月 5 日 whole (the number is spaced on both sides), still warned', async () => {
    const { before, after, left } = await fixCopy('2024-02.yaml');
    expect(after[72]).toBe(before[72]);
    expect(after[72]).toContain('成为全市第 3 家通过认证');
    expect(left.filter((d) => d.code === 'JB303').map((d) => [d.line, d.fixable])).toEqual([[73, false]]);
    const trial = await fixCopy('fix-test.yaml');
    expect(trial.after.find((l) => l.includes('到岗'))).toContain('人于 1 月 5 日到岗');
  });

  it('fixes a date or 期号 whose spaces are all inside it, all of them at once', async () => {
    const { diagnostics } = lintYaml(article('本刊第 4 期于6 月 3 日出版，2022 年 4 月起施行。'));
    const hits = diagnostics.filter((d) => d.code === 'JB303');
    expect(hits.map((d) => [d.args.input, d.fixes?.length])).toEqual([
      ['第 4 期', 2],
      ['6 月 3 日', 3],
      ['2022 年 4 月', 3],
    ]);
  });

  it('is not fooled by 3 年 (a duration), 2 个 or 68 分钟, and checks a lone day only after a range mark', () => {
    const { diagnostics } = lintYaml(article('近 3 年来，2 个小组用时 68 分钟，持续 5 日；6月3日至 5 日举行。'));
    expect(diagnostics.filter((d) => d.code === 'JB303').map((d) => d.args.input)).toEqual(['5 日']);
  });
});
