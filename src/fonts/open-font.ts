// Owns the process's open fonts: each file is read whole and parsed by fontkit once per process
// and path, however many documents are rendered (a batch re-renders hundreds of issues, and
// parsing a 15 MB CJK face per document would dominate). Font resolution, the glyph preflight
// and both renderers open fonts through here. A font file replaced while `watch` runs is read
// again when watch is restarted: the parsed face holds the whole file, so it stays consistent.
import type * as fontkit from 'fontkit';
import type { FontFace } from '../model/model';
import { readFontBytes } from './shared-font-bytes';
import { sfntProblem } from './sfnt-bounds';

export interface OpenedFont {
  /** The parsed face: advances, coverage, and what pdfkit embeds a subset of. */
  font: fontkit.Font;
}

const files = new Map<string, fontkit.Font | fontkit.FontCollection>();
const faces = new Map<string, OpenedFont>();

/** Reads and parses a font file once per process; throws when it is unreadable or not a font. */
function parseFile(file: string): fontkit.Font | fontkit.FontCollection {
  let parsed = files.get(file);
  if (!parsed) {
    // A FIFO or device named as a font would block or never end: regular files only.
    const bytes = readFontBytes(file);
    const problem = sfntProblem(bytes);
    if (problem) throw new Error(problem);
    // fontkit only when a font is opened: a DOCX-only build never needs it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, off the startup path
    const { create } = require('fontkit') as typeof fontkit;
    parsed = create(bytes);
    files.set(file, parsed);
  }
  return parsed;
}

/** PostScript names of the faces of a collection, or null for a single-face file. */
export function collectionFaces(file: string): string[] | null {
  const parsed = parseFile(file);
  return 'fonts' in parsed ? parsed.fonts.map((f) => f.postscriptName) : null;
}

export function openFont(face: FontFace): OpenedFont {
  const key = `${face.file}\0${face.postscriptName ?? ''}`;
  let opened = faces.get(key);
  if (!opened) {
    const parsed = parseFile(face.file);
    let font: fontkit.Font | null = 'fonts' in parsed ? null : parsed;
    if ('fonts' in parsed) {
      font = face.postscriptName ? parsed.getFont(face.postscriptName) : null;
      if (!font) throw new Error(`${face.file} is a font collection; name one of its faces (${collectionFaces(face.file)!.join(', ')})`);
    }
    opened = { font: font! };
    faces.set(key, opened);
  }
  return opened;
}
