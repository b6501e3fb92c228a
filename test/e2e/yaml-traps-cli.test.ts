// The real bin/jianbao on files with every YAML trap, source bracket, placeholder and structure
// slip of issues #19 and #25: each is reported with file:line:col, its code and a hint, in Chinese
// and with --lang en; `check --fix` then clears exactly the fixable ones.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BIN = path.join(__dirname, '..', '..', 'bin', 'jianbao');

const TRAPS = [
  'publication:',
  '  name: 温州科协信息',
  '  editor: 待填写  # 占位：原文没有，请填写', // 3: JB331
  'issue:',
  '  number: 4',
  '  total: 269',
  '  date: "2000-01-01"', // 7: JB331
  'articles:',
  '  - title: 市科协举办 #农技云培训# 活动', // 9: JB105 at the #
  '    source: （市科协办公室）', // 10: JB330
  '    body: |',
  '      4月21日，市科协举办培训。',
  '  - title: 市科协召开党组会\\n传达学习贯彻市“两会”精神', // 13: JB106
  '    source: 市科协办公室',
  '    body: |',
  '      会议传达了精神。',
  '  - title: 温州市“科创中国”试点城市', // 17
  '      建设推进会召开', // 18: JB107
  '    source: (市科协学会部)', // 19: JB330
  '    body: |',
  '      推进会召开。',
  '  - title: 示例标题（请替换）', // 22: JB331
  '    source: 来源单位', // 23: JB331
  '    body: |',
  '      第一段正文。段与段之间空一行。', // 25: JB331
  '',
];

const SLIPS = [
  'issue:',
  '  number: 4',
  '   total: 269', // 3: JB108
  '  date: "2022-04-30"',
  'articles:',
  '  - title: 第一篇',
  '    source：市科协办公室', // 7: JB109
  '    body: 正文',
  '  - title: 第二篇',
  '  　source: 市科协', // 10: JB110
  '    body: 正文',
  '  - title: 第三篇',
  '\tsource: 市科协', // 13: JB111
  '    body: 正文',
  '  - title: 第四篇',
  '    source:市科协', // 16: JB112
  '    body: 正文',
  '  - title: 第五篇',
  '    source: 市科协',
  '    body: |',
  '      第一段。',
  '     第二段。', // 22: JB113
  '  - title: 第六篇',
  '    body: |',
  '          ', // 25: JB116
  '      正文。',
  'briefs:',
  '  -date: 4月7日', // 28: JB114
  '    text: 培训安排：时间: 上午', // 29: JB115
  '',
];

const EXPECTED_TRAPS = [
  '3:11 JB331',
  '7:9 JB331',
  '9:18 JB105',
  '10:13 JB330',
  '13:20 JB106',
  '18:7 JB107',
  '19:13 JB330',
  '22:12 JB331',
  '23:13 JB331',
  '25:7 JB331',
];
const EXPECTED_SLIPS = [
  '3:1 JB108',
  '7:11 JB109',
  '10:3 JB110',
  '13:1 JB111',
  '16:11 JB112',
  '22:6 JB113',
  '25:1 JB116',
  '28:3 JB114',
  '29:18 JB115',
];

function write(name: string, lines: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-e2e-traps-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.join('\n'));
  return file;
}

function check(args: string[]) {
  const run = spawnSync(process.execPath, [BIN, 'check', ...args], {
    encoding: 'utf8',
    env: { ...process.env, JIANBAO_SERVER: '0', CI: 'true' },
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

/** `line:col CODE` of every diagnostic the text report printed for `file`, each followed by a hint line. */
function reported(out: string, file: string, hint: string): string[] {
  const lines = out.split('\n');
  const found: string[] = [];
  lines.forEach((line, i) => {
    const m = new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):(\\d+): \\S+ (JB\\d+) `).exec(line);
    if (!m) return;
    // The report quotes the line and puts a caret under the column, then the hint.
    expect(lines.slice(i + 1, i + 4).some((l) => l.trimStart().startsWith(hint))).toBe(true);
    found.push(`${m[1]}:${m[2]} ${m[3]}`);
  });
  return found;
}

describe.each([
  ['zh', [], '提示:'],
  ['en', ['--lang', 'en'], 'hint:'],
] as const)('jianbao check (%s)', (lang, flags, hint) => {
  it('reports every trap, bracketed source and placeholder at its line:col with a hint', () => {
    const file = write('traps.yaml', TRAPS);
    const run = check([...flags, file]);
    expect(run.code).toBe(1);
    expect(reported(run.out, file, hint).sort()).toEqual([...EXPECTED_TRAPS].sort());
    if (lang === 'en') expect(run.out).not.toMatch(/错误 JB|警告 JB|提示:|仍是|不会印出/);
  });

  it("reports every structure slip once, at the slip's line, in the reader's language", () => {
    const file = write('slips.yaml', SLIPS);
    const run = check([...flags, file]);
    expect(run.code).toBe(1);
    expect(reported(run.out, file, hint)).toEqual(EXPECTED_SLIPS);
    if (lang === 'zh') expect(run.out).not.toMatch(/Implicit|indicator|Nested mappings|Tabs are not/);
  });
});

test('check --fix clears the certain ones (JB105 hashtag, JB106, JB330) and leaves the rest reported', () => {
  const file = write('traps.yaml', TRAPS);
  const fixed = check(['--fix', file]);
  expect(fixed.code).toBe(1);
  const text = fs.readFileSync(file, 'utf8').split('\n');
  expect(text[8]).toBe('  - title: "市科协举办 #农技云培训# 活动"');
  expect(text[9]).toBe('    source: 市科协办公室');
  expect(text[12]).toBe('  - title: "市科协召开党组会\\n传达学习贯彻市“两会”精神"');
  expect(text[18]).toBe('    source: 市科协学会部');
  const again = check([file]);
  const codes = reported(again.out, file, '提示:').map((s) => s.split(' ')[1]);
  expect(codes.sort()).toEqual(['JB107', 'JB331', 'JB331', 'JB331', 'JB331', 'JB331']);
});
