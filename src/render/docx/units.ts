// Unit conversions from the model's points to the units WordprocessingML stores. Every rounding
// happens here, so the rest of the backend never multiplies by 20 or 8 on its own.

/** Twentieths of a point (twips): page size, margins, indents, spacing, tab stops. */
export const twips = (pt: number): number => Math.round(pt * 20);

/** Half-points: font sizes (w:sz). */
export const halfPoints = (pt: number): number => Math.round(pt * 2);

/** Eighths of a point: border widths (w:sz of a border). Word only accepts 2..96. */
export const borderEighths = (pt: number): number => Math.min(96, Math.max(2, Math.round(pt * 8)));

/** docx sizes images in CSS pixels (96 per inch); the model gives points (72 per inch). */
export const pixels = (pt: number): number => Math.max(1, Math.round((pt * 96) / 72));

/** WordprocessingML writes colours as bare upper-case hex, without the '#'. */
export const hexColor = (color: string): string => color.replace(/^#/, '').toUpperCase();
