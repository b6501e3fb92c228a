// The section's document grid (w:docGrid) from the model's text grid: GB/T 9704's 22 lines a
// page on a fixed line pitch. The 28 characters a line come from the grid styles' character
// spacing (see characterSpacing in styles.ts), not from a character grid: LibreOffice gives a
// 三号 character two of GB/T 9704's 15.79 pt cells, whatever its spacing, while a line grid plus
// tightened spacing sets 28 a line in Word, WPS and LibreOffice alike (test/e2e/libreoffice.test.ts).
import { DocumentGridType } from 'docx';
import type { TextGrid } from '../../model/model';

export interface DocGrid {
  type: (typeof DocumentGridType)[keyof typeof DocumentGridType];
  /** Line pitch in twips. */
  linePitch: number;
}

export function docGrid(grid: TextGrid | null | undefined): DocGrid | null {
  if (!grid) return null;
  return {
    type: DocumentGridType.LINES,
    // Rounded down: 580 twips (28.99 pt rounded up) would fit only 21 lines in Word's page setup.
    linePitch: Math.floor(grid.linePitch * 20),
  };
}
