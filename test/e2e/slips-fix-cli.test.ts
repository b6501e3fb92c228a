// The real bin/jianbao on the sample issue with an editor's slips typed in, saved by Windows
// Notepad (BOM, CR LF): each slip is one diagnostic at its own line, and `check --fix` mends the
// certain ones back to the sample byte for byte, BOM and CR LF kept.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'jianbao');
const SAMPLE = fs.readFileSync(path.join(ROOT, 'samples', 'wenzhou-kexie-2022-04.yaml'), 'utf8');

/** [code, what the sample has, what the editor typed]: each a slip check --fix mends. (After a slip
 *  yaml's reading of the lines below is unreliable: a missing "- " below a full-width "－" shows
 *  only once that is mended, so the "- " slip comes first here.) */
const SLIPS: Array<[string, string, string]> = [
  ['JB119', '    source: 市科协学会部\n    body: |\n      4月21日', '    source: 市科协学会部\n    body |\n      4月21日'],
  ['JB109', '  - title: 全市县（市、区）科协主席会议召开', '  - 标题：全市县（市、区）科协主席会议召开'],
  ['JB120', '  - date: 4月7日\n    text: 科普助力', '    date: 4月7日\n    text: 科普助力'],
  ['JB128', '  - date: 4月19日', '  －date: 4月19日'],
  ['JB051', '  number: 4 ', '   number: 4 '],
  ['JB112', '    source: 市科协办公室、鹿城区科协', '    source:市科协办公室、鹿城区科协'],
  ['JB114', '  - date: 4月25日', '  -date: 4月25日'],
  // Below the slips that show only where yaml errs next to them (JB128): no-break spaces as an
  // indentation throw yaml's reading of the lines after them.
  ['JB052', '    source: 苍南县科协', '\u00a0\u00a0\u00a0\u00a0source: 苍南县科协'],
  ['JB053', '    body: |\n      4月28日上午', '    body: | 4月28日上午'],
];

function run(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

test('slips in a BOM + CR LF file: one diagnostic each at its line; --fix mends them to the sample, byte for byte', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-slips-'));
  fs.copyFileSync(path.join(ROOT, 'samples', 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  let typed = SAMPLE;
  for (const [, was, slip] of SLIPS) {
    expect(typed.includes(was)).toBe(true);
    typed = typed.replace(was, slip);
  }
  const toFile = (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s.replace(/\n/g, '\r\n'), 'utf8')]);
  const file = path.join(dir, 'issue.yaml');
  fs.writeFileSync(file, toFile(typed));

  const check = run(['check', '--format', 'json', file]);
  expect(check.status).toBe(1);
  const found = (JSON.parse(check.stdout) as Array<{ code: string; line: number; fixable: boolean }>).map((d) => d.code);
  expect(found.sort()).toEqual(SLIPS.map(([code]) => code).sort());
  const lines = typed.split('\n');
  for (const d of JSON.parse(check.stdout) as Array<{ code: string; line: number }>) {
    const slip = SLIPS.find(([code]) => code === d.code)![2];
    expect(slip).toContain(lines[d.line - 1].trim().slice(0, 6));
  }

  const fixed = run(['check', '--fix', file]);
  expect(fixed.status).toBe(0);
  expect(fs.readFileSync(file).equals(toFile(SAMPLE))).toBe(true);
});
