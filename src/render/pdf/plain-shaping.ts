// Owns shaping without OpenType for plain CJK text. Ideographs and full-width marks set on a
// grid take the glyph the cmap names and the advance the hmtx table gives: the default OpenType
// features (ligatures, kerning, contextual forms) never touch them in a Chinese face, and Word
// applies none of them to East Asian text either. fontkit's full shaping costs ~13 µs a glyph;
// here a glyph is looked up once per face and code point. Everything else (Latin, punctuation,
// `——` and `……`, which are ligatures in Noto, and any character followed by a combining mark or
// variation selector) still goes through fontkit, run by run; a run of nothing but digits and
// spaces is read from the tables too. Shaping each such run on its own also makes drawing agree
// with measuring: the line breaker measures a number as its own atom, and fontkit would otherwise
// pick the digits' glyphs by the script of whatever word began the piece drawn. pdfkit draws with
// these runs too (pdf/shared-fonts.ts). Only fontkit's public API is used.
// test/render/pdf/plain-shaping.test.ts checks the result is the same as fontkit's, glyph for
// glyph, on the bundled faces.
import type { Font, GlyphPosition } from 'fontkit';

/** The parts of a shaped glyph that measuring and pdfkit's encoder read. */
export interface ShapedGlyph {
  readonly id: number;
  readonly codePoints: readonly number[];
  readonly advanceWidth: number;
}

/** A shaped string in font units. Cached and shared: callers copy before changing anything. */
export interface ShapedRun {
  readonly glyphs: readonly ShapedGlyph[];
  readonly positions: ReadonlyArray<Readonly<GlyphPosition>>;
  /** The sum of the positions' horizontal advances: the run's width. */
  readonly advance: number;
}

/**
 * Whether the face's own tables give its glyphs and advances: not for a variable face, whose
 * advances depend on the instance, which fontkit's layout knows.
 */
function plainCapable(font: Font): boolean {
  return Object.keys(font.variationAxes ?? {}).length === 0;
}

/**
 * Ideographs, CJK symbols and punctuation, full-width forms, and the curly quotes Chinese uses;
 * not the vertical kana repeat marks U+3031–3035, which Noto joins into ligatures.
 */
const PLAIN = /^[\p{Script=Han}\u3000-\u3030\u3036-\u303f\uff01-\uff60\uffe0-\uffe6\u2018\u2019\u201c\u201d]$/u;
/** Code points shaped together with the one before them. */
const JOINING = /^[\p{M}\u200c\u200d]$/u;

const enum CharClass {
  Unknown = 0,
  Plain = 1,
  Other = 2,
  Joining = 3,
}

/** Class of each BMP code point, filled in as met: a typed-array read instead of a Unicode regex. */
const bmpClasses = new Uint8Array(0x10000);

function classify(codePoint: number): CharClass {
  const char = String.fromCodePoint(codePoint);
  return JOINING.test(char) ? CharClass.Joining : PLAIN.test(char) ? CharClass.Plain : CharClass.Other;
}

function classOf(codePoint: number): CharClass {
  if (codePoint >= 0x10000) return classify(codePoint);
  let known = bmpClasses[codePoint] as CharClass;
  if (known === CharClass.Unknown) bmpClasses[codePoint] = known = classify(codePoint);
  return known;
}

/** Whether the character at `i` is set plain: plain itself and not joined to the next one. */
function plainAt(text: string, i: number): boolean {
  const codePoint = text.codePointAt(i)!;
  if (classOf(codePoint) !== CharClass.Plain) return false;
  const next = i + (codePoint > 0xffff ? 2 : 1);
  return next >= text.length || classOf(text.codePointAt(next)!) !== CharClass.Joining;
}

/** Per face: glyphs by code point and whole shaped strings (bounded: an archive's text is not). */
interface FaceCache {
  /** Undefined until first asked for. */
  plain?: boolean;
  glyphs: Map<number, ShapedGlyph>;
  runs: Map<string, ShapedRun>;
}
const faces = new WeakMap<Font, FaceCache>();
const MAX_CACHED_RUNS = 20000;

function faceCache(font: Font): FaceCache {
  let cache = faces.get(font);
  if (!cache) faces.set(font, (cache = { glyphs: new Map(), runs: new Map() }));
  if (cache.runs.size > MAX_CACHED_RUNS) cache.runs = new Map();
  return cache;
}

function plainGlyph(font: Font, cache: FaceCache, codePoint: number): ShapedGlyph {
  let glyph = cache.glyphs.get(codePoint);
  if (!glyph) {
    const { id, advanceWidth } = font.glyphForCodePoint(codePoint);
    glyph = { id, codePoints: [codePoint], advanceWidth };
    cache.glyphs.set(codePoint, glyph);
  }
  return glyph;
}

/**
 * A stretch between plain ones made only of ASCII digits and spaces (a date, a count): no
 * default feature of a Chinese face touches those either, so it too is set from the tables.
 * Mixed with anything else (`(2022)`, `5G`) it is shaped whole, kerning included.
 */
const DIGITS_AND_SPACES = /^[0-9 ]+$/;

interface Builder {
  glyphs: ShapedGlyph[];
  positions: GlyphPosition[];
}

function addPlain(font: Font, cache: FaceCache, codePoint: number, into: Builder): void {
  const glyph = plainGlyph(font, cache, codePoint);
  into.glyphs.push(glyph);
  into.positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
}

/**
 * The characters each glyph was shaped from. fontkit keeps one glyph object per id, whose code
 * points are those it was first met with: in Noto Sans SC • · ・ ‧ are one glyph, and a • drawn
 * after a · would copy as ·. In order, each glyph stands for as many characters as it says;
 * when that does not account for the text exactly (a reordering shaper), fontkit's are kept.
 */
function typedCodePoints(text: string, glyphs: readonly ShapedGlyph[]): ReadonlyArray<readonly number[]> | null {
  const chars = Array.from(text, (ch) => ch.codePointAt(0)!);
  const out: number[][] = [];
  let at = 0;
  for (const g of glyphs) {
    out.push(chars.slice(at, at + g.codePoints.length));
    at += g.codePoints.length;
  }
  return at === chars.length ? out : null;
}

function addShaped(font: Font, text: string, into: Builder): void {
  const run = font.layout(text);
  const typed = typedCodePoints(text, run.glyphs);
  for (let i = 0; i < run.glyphs.length; i++) {
    const { id, advanceWidth } = run.glyphs[i];
    const codePoints = typed?.[i] ?? run.glyphs[i].codePoints;
    into.glyphs.push({ id, codePoints, advanceWidth });
    const p = run.positions[i];
    into.positions.push({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset });
  }
}

function withAdvance(run: Builder): ShapedRun {
  let advance = 0;
  for (const p of run.positions) advance += p.xAdvance;
  return { ...run, advance };
}

function shapeUncached(font: Font, cache: FaceCache, text: string): ShapedRun {
  const plainFace = cache.plain ?? (cache.plain = plainCapable(font));
  const run: Builder = { glyphs: [], positions: [] };
  if (!plainFace) {
    addShaped(font, text, run);
    return withAdvance(run);
  }
  let i = 0;
  while (i < text.length) {
    const start = i;
    const plain = plainAt(text, i);
    while (i < text.length && plainAt(text, i) === plain) {
      const codePoint = text.codePointAt(i)!;
      if (plain) addPlain(font, cache, codePoint, run);
      i += codePoint > 0xffff ? 2 : 1;
    }
    if (plain) continue;
    const rest = text.slice(start, i);
    if (DIGITS_AND_SPACES.test(rest)) for (const char of rest) addPlain(font, cache, char.codePointAt(0)!, run);
    else addShaped(font, rest, run);
  }
  return withAdvance(run);
}

/** Shapes `text` in font units: plain stretches from the font's tables, the rest by fontkit. */
export function shapeText(font: Font, text: string): ShapedRun {
  const cache = faceCache(font);
  let run = cache.runs.get(text);
  if (!run) {
    run = shapeUncached(font, cache, text);
    cache.runs.set(text, run);
  }
  return run;
}
