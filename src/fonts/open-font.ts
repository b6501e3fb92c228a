// Owns the process-wide cache of font files: each file is read and parsed by fontkit once per
// process, however many documents are rendered (a batch re-renders hundreds of issues, and
// parsing a 15 MB CJK font per document would dominate the run time). Font resolution, the
// glyph preflight and the PDF renderer all open fonts through here. A long-lived process (watch,
// the build server) may see a font file replaced: each use compares the file's size and time
// with those it was read at, and reads it again when they differ.
import fs from 'node:fs';
import type * as fontkit from 'fontkit';
import type { FontFace } from '../layout/model';
import { preloadLoca } from './fast-loca';
import { readFace } from './outlines-on-demand';
import { sfntProblem } from './sfnt-bounds';

export interface OpenedFont {
  /** The file's bytes, handed to pdfkit, which embeds a subset. */
  bytes: Buffer;
  /** The parsed face, used to measure advances and check coverage. */
  font: fontkit.Font;
  /** Face to select inside a .ttc collection (pdfkit takes it as the "family" argument). */
  postscriptName?: string;
}

interface ParsedFile {
  bytes: Buffer;
  parsed: fontkit.Font | fontkit.FontCollection;
  /** Size and modification time when read; null when they could not be read. */
  signature: string | null;
}

const files = new Map<string, ParsedFile>();
const faces = new Map<string, OpenedFont & { from: ParsedFile }>();

function signatureOf(file: string): string | null {
  try {
    const stat = fs.statSync(file);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return null; // reading it will say what is wrong
  }
}

/** Reads and parses a font file once per version of it; throws when it is unreadable or not a font. */
function parseFile(file: string): ParsedFile {
  const signature = signatureOf(file);
  let entry = files.get(file);
  if (!entry || entry.signature !== signature) {
    const { bytes, attachOutlines } = readFace(file);
    const problem = sfntProblem(bytes);
    if (problem) throw new Error(problem);
    // fontkit (~50 ms to load, most of it unpacking Unicode tables) only when a font is opened:
    // a DOCX-only build never needs it.
    const { create } = require('fontkit') as typeof fontkit;
    const parsed = create(bytes);
    if (attachOutlines && !('fonts' in parsed)) {
      preloadLoca(parsed);
      attachOutlines(parsed);
    }
    entry = { bytes, parsed, signature };
    files.set(file, entry);
  }
  return entry;
}

/** PostScript names of the faces of a collection, or null for a single-face file. */
export function collectionFaces(file: string): string[] | null {
  const { parsed } = parseFile(file);
  return 'fonts' in parsed ? parsed.fonts.map((f) => f.postscriptName) : null;
}

export function openFont(face: FontFace): OpenedFont {
  const key = `${face.file}\0${face.postscriptName ?? ''}`;
  const file = parseFile(face.file);
  let opened = faces.get(key);
  if (!opened || opened.from !== file) {
    const { bytes, parsed } = file;
    let font: fontkit.Font | null = 'fonts' in parsed ? null : parsed;
    if ('fonts' in parsed) {
      font = face.postscriptName ? parsed.getFont(face.postscriptName) : null;
      if (!font) throw new Error(`${face.file} is a font collection; name one of its faces (${collectionFaces(face.file)!.join(', ')})`);
    }
    preloadLoca(font!);
    opened = { bytes, font: font!, postscriptName: face.postscriptName, from: file };
    faces.set(key, opened);
  }
  return opened;
}
