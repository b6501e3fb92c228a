// The section's document grid (w:docGrid) from the model's text grid: GB/T 9704's line pitch
// (22 lines a page), written with the grid itself switched off (type "default"). Every style has
// an exact line height already, so a line grid adds nothing in Word, while LibreOffice 7.4 with
// it on ends every page that holds a title one line early (the kexie sample: 18 pages for the
// PDF's 15; with it off, 15, the same lines on each). The 28 characters a line come from the grid styles' character
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
    type: DocumentGridType.DEFAULT,
    // Rounded down: 580 twips (28.99 pt rounded up) would fit only 21 lines in Word's page setup.
    linePitch: Math.floor(grid.linePitch * 20),
  };
}
