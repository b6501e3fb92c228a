// A TrueType face is read without its outlines, and each glyph's outline is read into place when
// something asks for that glyph (src/fonts/outlines-on-demand.ts). What must hold: the bytes
// read are the file's, nothing reads an outline that was not read in (a render with the unread
// parts filled with garbage gives the same files as whole reads), faces laid out otherwise are
// read whole, and a file changed under a running process is never mixed with its old copy.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { bundledFonts } from '../../src/fonts/bundled';
import { preloadLoca } from '../../src/fonts/fast-loca';
import { fillUnreadOutlinesWith, outlinesOf, readFace } from '../../src/fonts/outlines-on-demand';
import type { DocumentModel } from '../../src/layout/model';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderPdf } from '../../src/render/pdf';
import { fixtureModel } from '../fixtures/model';
import { makeCollection, reorderTables } from './make-ttc';

const BODY = bundledFonts().body.file;
const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');

/** What these tests read of a fontkit face beyond the declared API. */
interface Face extends fontkit.Font {
  directory: { tables: Record<string, { offset: number; length: number }> };
  loca: { offsets: ArrayLike<number> };
  getGlyph(id: number): { id: number };
  glyphForCodePoint(codePoint: number): { id: number; path: { commands: unknown[] } };
}
const face = (bytes: Buffer) => {
  const font = fontkit.create(bytes) as Face;
  preloadLoca(font);
  return font;
};
const glyfOf = (font: Face) => font.directory.tables.glyf;
const outline = (bytes: Buffer, font: Face, id: number) => {
  const { offsets } = font.loca;
  return bytes.subarray(glyfOf(font).offset + offsets[id], glyfOf(font).offset + offsets[id + 1]);
};

let work: string;
beforeEach(() => (work = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-outlines-'))));
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

test('a bundled face is read up to its outlines, at its full size, the outlines left unread', () => {
  const file = fs.readFileSync(BODY);
  const { bytes, attachOutlines } = readFace(BODY);
  expect(attachOutlines).not.toBeNull();
  expect(bytes.length).toBe(file.length);
  const glyf = glyfOf(face(file));
  expect(glyf.offset + glyf.length).toBeLessThanOrEqual(file.length);
  expect(bytes.subarray(0, glyf.offset).equals(file.subarray(0, glyf.offset))).toBe(true);
  expect(bytes.subarray(glyf.offset).equals(Buffer.alloc(file.length - glyf.offset))).toBe(true);
});

test('a glyph asked for through fontkit or the reader is read into its place, and only it', () => {
  const file = fs.readFileSync(BODY);
  const { bytes, attachOutlines } = readFace(BODY);
  const font = face(bytes);
  const outlines = attachOutlines!(font);
  expect(outlinesOf(font)).toBe(outlines);
  const whole = face(file);
  // Glyph 0 at once (pdfkit measures it on a face of its own made from these bytes).
  expect(outline(bytes, font, 0).equals(outline(file, whole, 0))).toBe(true);

  // Ids looked up on the whole face: asking this one would read the glyphs.
  const wen = whole.glyphForCodePoint('温'.codePointAt(0)!).id;
  const far = whole.glyphForCodePoint('龘'.codePointAt(0)!).id;
  expect(outline(bytes, font, wen).every((b) => b === 0)).toBe(true);
  expect(font.getGlyph(wen).id).toBe(wen);
  expect(outline(file, whole, wen).length).toBeGreaterThan(0);
  expect(outline(bytes, font, wen).equals(outline(file, whole, wen))).toBe(true);
  expect(font.glyphForCodePoint('温'.codePointAt(0)!).path.commands).toEqual(whole.glyphForCodePoint('温'.codePointAt(0)!).path.commands);
  expect(outline(bytes, font, far).every((b) => b === 0)).toBe(true);

  const ids = [far, whole.glyphForCodePoint('A'.codePointAt(0)!).id];
  outlines.ensure(ids);
  for (const id of ids) expect(outline(bytes, font, id).equals(outline(file, whole, id))).toBe(true);
});

test('collections, faces with their outlines elsewhere, and JIANBAO_WHOLE_FONTS=1 are read whole', () => {
  const body = fs.readFileSync(BODY);
  const cases: Record<string, Buffer> = {
    'pair.ttc': makeCollection([body, fs.readFileSync(bundledFonts().heading.file)]),
    'glyf-first.ttf': reorderTables(body, ['glyf']),
  };
  for (const [name, content] of Object.entries(cases)) {
    const file = path.join(work, name);
    fs.writeFileSync(file, content);
    const read = readFace(file);
    expect([name, read.attachOutlines]).toEqual([name, null]);
    expect(read.bytes.equals(content)).toBe(true);
  }
  // The reordered face is still a good font: the same outline for the same character.
  const moved = face(cases['glyf-first.ttf']);
  expect(moved.glyphForCodePoint(0x6e29).path.commands).toEqual(face(body).glyphForCodePoint(0x6e29).path.commands);

  process.env.JIANBAO_WHOLE_FONTS = '1';
  try {
    const read = readFace(BODY);
    expect(read.attachOutlines).toBeNull();
    expect(read.bytes.equals(body)).toBe(true);
  } finally {
    delete process.env.JIANBAO_WHOLE_FONTS;
  }
});

test('a face whose loca offsets go back has all its outlines read at once', () => {
  const content = Buffer.from(fs.readFileSync(BODY));
  const loca = face(content).directory.tables.loca;
  // Long offsets (indexToLocFormat 1 in the bundled faces): glyph 101 made to start before 100.
  expect(content.readInt16BE(face(content).directory.tables.head.offset + 50)).toBe(1);
  content.writeUInt32BE(content.readUInt32BE(loca.offset + 4 * 100) - 2, loca.offset + 4 * 101);
  const file = path.join(work, 'odd-loca.ttf');
  fs.writeFileSync(file, content);
  const { bytes, attachOutlines } = readFace(file);
  expect(bytes.equals(content)).toBe(false);
  attachOutlines!(face(bytes));
  expect(bytes.equals(content)).toBe(true);
});

test('a file changed after its face was read is not read from for outlines', async () => {
  const file = path.join(work, 'body.ttf');
  fs.copyFileSync(BODY, file);
  const { bytes, attachOutlines } = readFace(file);
  const font = face(bytes);
  attachOutlines!(font);
  // The file stays open only while one stretch of work reads outlines; the next one checks it.
  await new Promise((resolve) => setImmediate(resolve));
  fs.appendFileSync(file, Buffer.alloc(4));
  expect(() => font.glyphForCodePoint('温'.codePointAt(0)!)).toThrow(/body\.ttf changed while jianbao was using it; build again/);
});

/** The fixture model with text fontkit shapes itself: Latin words, marks, ligatures, dashes. */
function latinModel(): DocumentModel {
  const model = fixtureModel(1);
  const text = 'Café naïve façade Ångström — e\u0301 o\u0308 fi ffl “quoted” 2022年 ——李校堃…… №5 ½';
  model.blocks.splice(model.blocks.length - 1, 0, { kind: 'paragraph', style: 'body', inlines: [{ kind: 'text', text }] });
  return model;
}

test('a render with the unread outlines filled with garbage gives the files whole reads give', async () => {
  const models = () => [...['wenzhou-kexie-2022-04', 'feature-page-2021-06'].map((n) => compileIssue(path.join(SAMPLES, `${n}.yaml`)).model!), latinModel()];
  // This file's module registry has opened no face through open-font.ts yet.
  fillUnreadOutlinesWith(0xff);
  const onDemand: Buffer[] = [];
  for (const model of models()) onDemand.push(await renderPdf(model));

  let renderWhole: typeof renderPdf = renderPdf;
  jest.isolateModules(() => {
    renderWhole = (require('../../src/render/pdf') as typeof import('../../src/render/pdf')).renderPdf;
  });
  process.env.JIANBAO_WHOLE_FONTS = '1';
  try {
    const whole: Buffer[] = [];
    for (const model of models()) whole.push(await renderWhole(model));
    expect(onDemand.map((b, i) => b.equals(whole[i]))).toEqual([true, true, true]);
  } finally {
    delete process.env.JIANBAO_WHOLE_FONTS;
    fillUnreadOutlinesWith(0);
  }
});
