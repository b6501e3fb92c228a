// --embed-fonts: each family's font file cut down to the characters the document shows (harfbuzz
// via subset-font), so the DOCX carries the glyphs of the PDF at a fraction of the size. A font
// collection (.ttc) cannot be subset by face here: its family is named, not embedded.
import { readFile } from 'node:fs/promises';
import type subsetFontFn from 'subset-font';
import type { DocumentModel } from '../../model/model';
import type { FontEntry } from './font-table';
import { fontUsage } from './font-usage';
import { SYMBOL_FAMILY, symbolFaceFile } from '../../fonts/symbol-face';
import { symbolCharacters } from './symbol-runs';

export interface FontTablePlan {
  entries: FontEntry[];
  /** Families that could not be embedded, with the reason. */
  skipped: Array<{ family: string; file: string; reason: string }>;
}

export async function planFontTable(model: DocumentModel, embed: boolean): Promise<FontTablePlan> {
  const entries: FontEntry[] = [];
  const skipped: FontTablePlan['skipped'] = [];
  for (const use of fontUsage(model, embed)) {
    if (!embed || use.chars.size === 0) {
      entries.push({ family: use.family });
      continue;
    }
    if (use.face.postscriptName || /\.(ttc|otc)$/i.test(use.face.file)) {
      skipped.push({ family: use.family, file: use.face.file, reason: 'font collection (.ttc)' });
      entries.push({ family: use.family });
      continue;
    }
    // Sorted, so the subset (and the DOCX bytes) do not depend on the order text was met.
    const text = [...use.chars].sort().join('');
    try {
      entries.push({ family: use.family, embed: await subsetOf(use.face.file, text) });
    } catch (e) {
      skipped.push({ family: use.family, file: use.face.file, reason: e instanceof Error ? e.message : String(e) });
      entries.push({ family: use.family });
    }
  }
  const symbols = await symbolFaceEntry(model);
  if (symbols) entries.push(symbols);
  return { entries, skipped };
}

/** Subsets `file` to the characters of `text` (harfbuzz, loaded on first use). */
async function subsetOf(file: string, text: string): Promise<Uint8Array> {
  // Loaded here, not at start-up: only a DOCX that embeds a font needs harfbuzz (~30 ms to load).
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, off the startup path
  const subsetFont = require('subset-font') as typeof subsetFontFn;
  return subsetFont(await readFile(file), text, { targetFormat: 'sfnt' });
}

/** The bundled symbol face, embedded whether or not fonts are (its runs name a face few machines
 * have, symbol-runs.ts), as a subset of the symbols the document sets in it; null when none. */
async function symbolFaceEntry(model: DocumentModel): Promise<FontEntry | null> {
  const chars = symbolCharacters(model);
  if (chars.size === 0) return null;
  return { family: SYMBOL_FAMILY, embed: await subsetOf(symbolFaceFile(), [...chars].sort().join('')), unicodeFace: true };
}
