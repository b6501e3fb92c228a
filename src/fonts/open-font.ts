// Owns the process-wide cache of font files: each file is read and parsed by fontkit once per
// process, however many documents are rendered (a batch re-renders hundreds of issues, and
// parsing a 15 MB CJK font per document would dominate the run time). Font resolution, the
// glyph preflight and the PDF renderer all open fonts through here.
import fs from 'node:fs';
import * as fontkit from 'fontkit';
import type { FontFace } from '../layout/model';

export interface OpenedFont {
  /** The file's bytes, handed to pdfkit, which embeds a subset. */
  bytes: Buffer;
  /** The parsed face, used to measure advances. */
  font: fontkit.Font;
  /** Face to select inside a .ttc collection (pdfkit takes it as the "family" argument). */
  postscriptName?: string;
}

const cache = new Map<string, OpenedFont>();

function selectFace(parsed: fontkit.Font | fontkit.FontCollection, face: FontFace): fontkit.Font {
  if (!('fonts' in parsed)) return parsed;
  const name = face.postscriptName;
  const chosen = name ? parsed.getFont(name) : null;
  if (!chosen) {
    const known = parsed.fonts.map((f) => f.postscriptName).join(', ');
    throw new Error(`${face.file} is a font collection; name one of its faces (${known})`);
  }
  return chosen;
}

export function openFont(face: FontFace): OpenedFont {
  const key = `${face.file}\0${face.postscriptName ?? ''}`;
  let opened = cache.get(key);
  if (!opened) {
    const bytes = fs.readFileSync(face.file);
    const font = selectFace(fontkit.create(bytes, face.postscriptName), face);
    opened = { bytes, font, postscriptName: face.postscriptName };
    cache.set(key, opened);
  }
  return opened;
}
