// The README's quick start is the first thing a new user runs: the files its comment names must
// be where the build writes them (an output rule changed once and the README still said out/…).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');

function promised(readme: string, pattern: RegExp): { command: string; pdf: string } {
  const line = fs
    .readFileSync(path.join(ROOT, readme), 'utf8')
    .split('\n')
    .find((l) => l.startsWith('npm install && npx jianbao build '))!;
  const command = /npx jianbao build (\S+)/.exec(line)![1];
  return { command, pdf: pattern.exec(line)![1] };
}

test('the quick start writes the PDF and DOCX the README (Chinese and English) names', () => {
  const zh = promised('README.md', /# 生成 (\S+\.pdf) 和 \.docx/);
  const en = promised('README.en.md', /# → (\S+\.pdf) and \.docx/);
  expect(en).toEqual(zh);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-quick-'));
  try {
    fs.cpSync(path.join(ROOT, 'samples'), path.join(dir, 'samples'), { recursive: true });
    execFileSync(process.execPath, [path.join(ROOT, 'bin/jianbao'), 'build', zh.command], { cwd: dir, stdio: 'pipe' });
    expect(fs.existsSync(path.join(dir, zh.pdf))).toBe(true);
    expect(fs.existsSync(path.join(dir, zh.pdf.replace(/\.pdf$/, '.docx')))).toBe(true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
