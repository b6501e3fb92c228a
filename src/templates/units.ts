// Lengths and type sizes as editors write them: `37mm`, `12pt`, `2cm`, and the Chinese 号 sizes.
// One table of 号 sizes (BRIEF §2), kept here and nowhere else.

export const HAO_SIZES: Record<string, number> = {
  初号: 42, 小初: 36, 一号: 26, 小一: 24, 二号: 22, 小二: 18, 三号: 16, 小三: 15, 四号: 14, 小四: 12, 五号: 10.5, 小五: 9,
};

const UNIT_TO_PT: Record<string, number> = { pt: 1, mm: 72 / 25.4, cm: 720 / 25.4, in: 72 };

/** A length in points, or null when the text is not a length. */
export function parseLength(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(pt|mm|cm|in)?\s*$/.exec(value);
  return m ? Number(m[1]) * UNIT_TO_PT[m[2] ?? 'pt'] : null;
}

/** A type size in points: a 号 name (`三号`) or a length. */
export function parseSize(value: number | string): number | null {
  if (typeof value === 'string' && value.trim() in HAO_SIZES) return HAO_SIZES[value.trim()];
  return parseLength(value);
}

export const PAGE_SIZES: Record<string, { width: number; height: number }> = {
  A4: { width: (210 * 72) / 25.4, height: (297 * 72) / 25.4 },
  A3: { width: (297 * 72) / 25.4, height: (420 * 72) / 25.4 },
  B5: { width: (176 * 72) / 25.4, height: (250 * 72) / 25.4 },
};
