// The section's document grid (w:docGrid) from the model's text grid: GB/T 9704's 28 characters
// × 22 lines. Word and WPS then lay every ideograph of a grid style on a fixed cell, as our PDF does.
import { DocumentGridType } from 'docx';
import type { TextGrid } from '../../layout/model';

export interface DocGrid {
  type: (typeof DocumentGridType)[keyof typeof DocumentGridType];
  /** Line pitch in twips. */
  linePitch: number;
  /** Cell width minus the document's default font size, in 4096ths of a point (may be negative). */
  charSpace: number;
}

/**
 * Word derives the character pitch from the default font size plus charSpace/4096 pt, so the
 * default size must be the grid's (see buildStyles): 156 mm / 28 at 三号 gives charSpace -848.
 * LibreOffice 7.4 cannot set a character wider than its cell and gives it two cells instead, so
 * a grid-mode DOCX runs longer there (measured in test/e2e/libreoffice.test.ts).
 */
export function docGrid(grid: TextGrid | null | undefined): DocGrid | null {
  if (!grid) return null;
  return {
    type: DocumentGridType.LINES_AND_CHARS,
    // Rounded down: 580 twips (28.99 pt rounded up) would fit only 21 lines in Word's page setup.
    linePitch: Math.floor(grid.linePitch * 20),
    charSpace: Math.round((grid.charPitch - grid.size) * 4096),
  };
}


