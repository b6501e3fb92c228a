// The bundled 楷 (LXGW WenKai) draws “ ” ‘ ’ proportional, 0.35 em, where a Chinese face sets
// them a full em (GB/T 15834; Noto, and Windows' 楷体 too). In the 本期要目, captions, sources and
// bylines they were narrow beside the body's full-width ones (a 要目 line starting with “ began its
// words 0.35 em in), and compression took half an em off a 0.35 em ” before ，: a negative width,
// the ， drawn over it. Such a quote is drawn from the Song face's full-width glyph; a mark with
// no blank half is never compressed.
import path from 'node:path';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderPdf } from '../../../src/render/pdf';
import { layoutParagraph } from '../../../src/render/pdf/paragraph';
import { setAtoms } from '../../../src/render/pdf/cells';
import { segment } from '../../../src/render/pdf/segment';
import { bodyStyle, bundledTestFonts } from '../../helpers/paragraph-setup';
import { readPdf } from '../../helpers/pdf-read';

const fonts = bundledTestFonts();
const TEXT = '他说“好”，然后‘科创’与“科创中国”。';
const lay = (font: 'kai' | 'body', compression: 'none' | 'consecutive') =>
  layoutParagraph(
    { kind: 'paragraph', style: 'p', inlines: [{ kind: 'text', text: TEXT }] },
    bodyStyle({ font, indent: 0, align: 'left' }),
    fonts,
    442.2,
    {
      pitch: null,
      compression,
    },
  );

test('the 楷 face itself draws the quotes 0.35 em wide (what this guards against)', () => {
  const kai = fonts.kai.font;
  expect(kai.glyphForCodePoint(0x201c).advanceWidth / kai.unitsPerEm).toBeLessThan(0.5);
});

test.each(['none', 'consecutive'] as const)(
  'in 楷 (compression %s) every quote is a full-width glyph from the Song face, and the line is as long as in the body face',
  (compression) => {
    const [kai] = lay('kai', compression);
    const [body] = lay('body', compression);
    const quotes = kai.pieces.filter((p) => /^[“”‘’]$/.test(p.text));
    expect(quotes.map((p) => p.text).join('')).toBe('“”‘’“”');
    for (const q of quotes) expect(q.role).toBe('song');
    const end = (l: typeof kai) => l.pieces[l.pieces.length - 1].x + l.pieces[l.pieces.length - 1].width;
    expect(end(kai)).toBeCloseTo(end(body), 6);
    expect(kai.pieces.map((p) => p.text).join('')).toBe(TEXT);
  },
);

test('no piece is narrower than nothing, and none starts before the previous one ends', () => {
  for (const font of ['kai', 'body'] as const)
    for (const [line] of [lay(font, 'consecutive')]) {
      line.pieces.forEach((p, i) => {
        expect(p.width).toBeGreaterThan(0);
        if (i > 0) expect(p.x).toBeGreaterThanOrEqual(line.pieces[i - 1].x + line.pieces[i - 1].width - 1e-6);
      });
    }
});

test('compression leaves a mark without a blank half (a proportional ” 0.35 em) at its width', () => {
  const atoms = segment('好”，');
  const set = setAtoms(
    atoms.map((atom, i) => ({ atom, width: [16, 5.6, 16][i], glyphs: 1 })),
    { pitch: null, size: 16, compression: 'line-end' },
  );
  expect(set[1]).toMatchObject({ slot: 5.6, shrink: 0, endShrink: 0 });
  expect(set[2].shrink).toBe(8);
});

test('the kexie 本期要目 line that starts with “ starts its quote on the indent, drawn from the Song face, and copies as typed', async () => {
  const model = compileIssue(path.join(__dirname, '../../../samples/wenzhou-kexie-2022-04.yaml')).model!;
  const [page] = readPdf(await renderPdf(model));
  const words = page.items.find((i) => i.text.includes('温州站'))!;
  const line = page.items.filter((i) => Math.abs(i.y - words.y) < 0.5 && i.x < 400).sort((a, b) => a.x - b.x);
  expect(line.map((i) => i.text).join('')).toBe('“科创中国”温州站——泵阀产业技术交流会在永嘉县召开');
  expect(line[0]).toMatchObject({ text: '“', fontName: expect.stringMatching(/NotoSerifSC-Regular$/) });
  // The ideograph after it stands one cell after the line's start, as under every other face.
  expect(line[1].x - line[0].x).toBeCloseTo(model.grid!.charPitch, 1);
}, 60_000);
