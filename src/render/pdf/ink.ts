// Owns how a colour is painted: in DeviceCMYK with the inks the template gives for it (a print
// shop's red is pure magenta and yellow, which no RGB value converts to), in RGB otherwise.
import type { PrintColors } from '../../model/model';

/** The paint pdfkit gets for a #RRGGBB of the model: the hex itself, or [c, m, y, k] in 0–100. */
export type Ink = (hex: string) => string | [number, number, number, number];

/** `printColors` absent (a template without CMYK, or PDF/A-2b with its sRGB intent): all RGB. */
export function inkOf(printColors: PrintColors | undefined): Ink {
  return (hex) => printColors?.[hex] ?? hex;
}
