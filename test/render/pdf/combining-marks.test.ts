// A letter typed with a combining mark (e + U+0301, as text pasted from a Mac or a web page often
// is) prints like the precomposed letter and copies as typed: Noto Serif SC places no mark on a
// base (no mark attachment), so its acute was drawn after the e, over the next character. A mark
// no precomposed character holds (葛 + U+0301) is named (JB609) instead of printed there silently.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { segment } from '../../../src/render/pdf/segment';
import { buildArticles } from '../../helpers/body-build';
import { firstPageImage, pdftoppm } from '../../helpers/page-image';
import { testWith } from '../../helpers/tools';

/** The first page of the issue with `body`, rasterised (PNG bytes); no font problem reported. */
async function pageImage(dir: string, body: string): Promise<Buffer> {
  const { png, diagnostics } = await firstPageImage(dir, body, { title: '附加符', template: 'plain' });
  expect(diagnostics.filter((d) => d.code.startsWith('JB6'))).toEqual([]);
  return png;
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
