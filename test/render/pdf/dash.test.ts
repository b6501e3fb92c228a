// "——" drawn as one joined line over its cells (issue 23 item 7): on the grid the pair fills two
// cells with no gap between its strokes, justification goes around it, and the text read back
// from the PDF has no space after it.
import { bodyStyle, bundledTestFonts } from '../../helpers/paragraph-setup';
import path from 'node:path';
import type { Inline, ParagraphStyle } from '../../../src/model/model';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderPdf } from '../../../src/render/pdf';
import { layoutParagraph } from '../../../src/render/pdf/paragraph';
import { shapeText } from '../../../src/render/pdf/plain-shaping';
import type { PlacedPiece } from '../../../src/render/pdf/types';
import { readPdf } from '../../helpers/pdf-read';

const fonts = bundledTestFonts();
const style: ParagraphStyle = bodyStyle();
const PITCH = 442.2 / 28;
const text = (t: string): Inline => ({ kind: 'text', text: t });

/** Ink of a placed dash piece: where its strokes start and end, and the gaps between them. */
function ink(p: PlacedPiece) {
  const [shaped] = shapeText(p.font, p.text).glyphs;
  const glyph = {
    advanceWidth: shaped.advanceWidth,
    bbox: (p.font as unknown as { getGlyph(id: number): { bbox: { minX: number; maxX: number } } }).getGlyph(shaped.id).bbox,
  };
  const unit = p.size / p.font.unitsPerEm;
  const h = p.scale ?? 1;
  const step = (glyph.advanceWidth * unit + p.charSpacing) * h;
  const strokes = Array.from({ length: p.glyphs }, (_, i) => [
    p.x + i * step + glyph.bbox.minX * unit * h,
    p.x + i * step + glyph.bbox.maxX * unit * h,
  ]);
  return { start: strokes[0][0], end: strokes[strokes.length - 1][1], gaps: strokes.slice(1).map((s, i) => s[0] - strokes[i][1]) };
}

describe('a dash on the grid', () => {
  const lines = layoutParagraph(
    {
      kind: 'paragraph',
      style: 'body',
      inlines: [text('技术路演——欧洲国家生命健康产业项目（温州）专场活动在瓯海生命健康小镇举行，成效显著。')],
    },
    style,
    fonts,
    442.2,
    {
      pitch: PITCH,
      compression: 'none',
      hang: true,
    },
  );
  const dash = lines[0].pieces.find((p) => p.text === '——')!;

  test("is a piece of its own, drawn as one stroke (the face's ligature) or strokes that join", () => {
    expect(dash).toBeDefined();
    for (const gap of ink(dash).gaps) expect(Math.abs(gap)).toBeLessThan(0.01);
  });

  test('two dashes the face does not ligate join as well', () => {
    const [line] = layoutParagraph({ kind: 'paragraph', style: 'body', inlines: [text('甲──乙')] }, { ...style, indent: 0 }, fonts, 442.2, {
      pitch: PITCH,
      compression: 'none',
    });
    const box = line.pieces.find((p) => p.text === '──')!;
    expect(box.joined).toBe(true);
  });

  test("fills its two cells: the ink runs from the first cell's start to the second's end, less a side bearing", () => {
    const { start, end } = ink(dash);
    const before = lines[0].pieces[lines[0].pieces.indexOf(dash) - 1];
    const after = lines[0].pieces[lines[0].pieces.indexOf(dash) + 1];
    // The cells: from where the piece before ends to where the piece after starts.
    const cellStart = before.x + before.width + before.glyphs * (before.charSpacing - (before.tracking ?? 0));
    const cellEnd = after.x;
    expect(cellEnd - cellStart).toBeGreaterThan(2 * PITCH - 0.01);
    expect(end - start).toBeGreaterThan(2 * PITCH - 2);
    expect(start - cellStart).toBeGreaterThan(0);
    expect(start - cellStart).toBeLessThan(1.5);
    expect(cellEnd - end).toBeGreaterThan(0);
    expect(cellEnd - end).toBeLessThan(1.5);
  });
});

test('proportional setting: the pair is joined and keeps its own width', () => {
  const [line] = layoutParagraph(
    { kind: 'paragraph', style: 'body', inlines: [text('甲——乙')] },
    { ...style, indent: 0, align: 'left' },
    fonts,
    400,
  );
  const dash = line.pieces.find((p) => p.text === '——')!;
  for (const gap of ink(dash).gaps) expect(Math.abs(gap)).toBeLessThan(0.01);
  expect(line.pieces[2].x - dash.x).toBeCloseTo(dash.width, 6);
  expect(dash.scale).toBeGreaterThan(0.95);
  expect(dash.scale).toBeLessThan(1.1);
});

test('read back from the kexie sample, no dash is followed by a space', async () => {
  const compiled = compileIssue(path.join(__dirname, '../../../samples/wenzhou-kexie-2022-04.yaml'));
  const pages = readPdf(await renderPdf(compiled.model!));
  const items = pages.flatMap((p) => p.items).filter((it) => it.text.includes('—') && !/^— \d+ —$/u.test(it.text.trim()));
  expect(items.filter((it) => it.text.includes('——')).length).toBeGreaterThanOrEqual(3);
  for (const it of items) expect(it.text).not.toMatch(/—\s/u);
}, 30_000);
