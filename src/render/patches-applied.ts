// The reviewed patches in patches/ (fontkit, pdfkit, docx) are applied by jianbao's install script
// (patch-package). Where it never ran (`npm install --ignore-scripts`, or an npm that runs no
// dependency's install script unless allowed), the stock libraries print or copy some characters
// other than typed (a variation sequence's own glyph, the text of a glyph two characters share):
// no PDF or DOCX is made then (JB745). patch-package applies every patch or fails the install, so
// fontkit's addition stands for all three.
import path from 'node:path';
import type { Font } from 'fontkit';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';

export function patchesApplied(font: Pick<Font, 'createSubset'>): boolean {
  return typeof font.createSubset().includeGlyphCopy === 'function';
}

/** JB745, at jianbao's own folder (where the patches are applied from); null when all is well. */
export function unpatchedInstall(font: Pick<Font, 'createSubset'>): Diagnostic | null {
  if (patchesApplied(font)) return null;
  const folder = path.resolve(__dirname, '..', '..');
  return diag('JB745', folder, null, { folder });
}
