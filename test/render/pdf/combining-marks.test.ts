// A letter typed with a combining mark (e + U+0301, as text pasted from a Mac or a web page often
// is) prints like the precomposed letter and copies as typed: Noto Serif SC places no mark on a
// base (no mark attachment), so its acute was drawn after the e, over the next character. A mark
// no precomposed character holds (葛 + U+0301) is named (JB609) instead of printed there silently.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderPdf } from '../../../src/render/pdf';
import { segment } from '../../../src/render/pdf/segment';
import { buildArticles, issueYaml } from '../../helpers/body-build';
import { findTool, testWith } from '../../helpers/tools';

const pdftoppm = findTool(['pdftoppm'], ['-v'], 'apt-get install poppler-utils');

/** The first page of the issue with `body`, rasterised (PNG bytes). */
async function pageImage(dir: string, body: string): Promise<Buffer> {
  const file = path.join(dir, 'issue.yaml');
  fs.writeFileSync(file, issueYaml([{ title: '附加符', body }], 'plain'));
  const compiled = compileIssue(file, { date: new Date('2022-04-30T00:00:00Z') });
  expect(compiled.diagnostics.filter((d) => d.code.startsWith('JB6'))).toEqual([]);
  const pdf = path.join(dir, 'issue.pdf');
  fs.writeFileSync(pdf, await renderPdf(compiled.model!));
  execFileSync(pdftoppm.command!, ['-f', '1', '-l', '1', '-r', '100', '-png', pdf, path.join(dir, 'page')]);
  const png = fs.readdirSync(dir).find((n) => n.startsWith('page') && n.endsWith('.png'))!;
  const bytes = fs.readFileSync(path.join(dir, png));
  fs.rmSync(path.join(dir, png));
  return bytes;
}

testWith(
  pdftoppm,
  'e + U+0301 prints exactly as é does (the same pixels), ü and ǎ likewise',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-marks-'));
    try {
      const composed = await pageImage(dir, '咖啡馆café，Müller，拼音nǐ hǎo。');
      const typed = await pageImage(dir, '咖啡馆cafe\u0301，Mu\u0308ller，拼音ni\u030c ha\u030co。');
      expect(typed.equals(composed)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  60_000,
);

test('a letter with combining marks copies as typed', async () => {
  const body = '咖啡馆cafe\u0301与café，Mu\u0308ller。';
  const built = await buildArticles([{ title: '附加符', body }], 'plain');
  expect(built.pdfLines.map((l) => l.text).join('')).toContain(body);
});

test('a word with a combining mark inside is one atom: a line never breaks at the mark', () => {
  expect(segment('Mu\u0308ller').map((a) => a.text)).toEqual(['Mu\u0308ller']);
  expect(segment('cafe\u0301s').map((a) => a.text)).toEqual(['cafe\u0301s']);
});

test('a mark the face cannot place and no precomposed character holds is named (JB609), not printed beside its base silently', async () => {
  const built = await buildArticles([{ title: '附加符', body: '姓葛\u0301的人。' }], 'plain');
  expect(built.diagnostics.filter((d) => d.code === 'JB609').map((d) => [d.severity, d.args?.char, d.args?.codepoint])).toEqual([
    ['warning', '葛\u0301', 'U+0301'],
  ]);
});

test('a mark the face lacks is a missing glyph unless every letter it follows is drawn precomposed (a keycap 1️⃣ is JB604)', async () => {
  const built = await buildArticles([{ title: '附加符', body: '第1\uFE0F\u20E3项，Mu\u0308ller。' }], 'plain');
  expect(built.diagnostics.filter((d) => d.code === 'JB604').map((d) => d.args?.codepoint)).toEqual(['U+20E3']);
});
