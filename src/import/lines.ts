// Stage 1: the decoded text as numbered lines. Only line ends and trailing spaces are touched;
// everything else is left for the later stages to place.
import type { Line } from './types';

export function toLines(text: string): Line[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ no: i + 1, text: raw.replace(/[ \t\u3000]+$/, '') }));
}

export const isBlank = (line: Line): boolean => line.text.trim() === '';
