// Sensible ranges for a resolved manifest. The schema only knows "a length"; a negative margin,
// a 100,000 pt type size or a text area of nothing would otherwise end in an internal error or
// a silently empty PDF, and only at build time. Found here, `check` reports them too (JB410).
import type { ResolvedManifest } from './manifest';

export interface RangeProblem {
  path: Array<string | number>;
  value: number;
  detail: string;
}

const MIN_TEXT_AREA = 72; // one inch each way
const fmt = (v: number) => Number(v.toFixed(2));

export function manifestRangeProblem(m: ResolvedManifest): RangeProblem | null {
  const { page } = m;
  const checks: Array<[Array<string | number>, number, number, number]> = [
    [['page', 'margins', 'top'], page.marginTop, 0, page.height],
    [['page', 'margins', 'bottom'], page.marginBottom, 0, page.height],
    [['page', 'margins', 'inside'], page.marginInside, 0, page.width],
    [['page', 'margins', 'outside'], page.marginOutside, 0, page.width],
  ];
  for (const [name, s] of Object.entries(m.paragraphStyles)) {
    checks.push(
      [['styles', name, 'size'], s.size, 4, 200],
      [['styles', name, 'lineHeight'], s.lineHeight, 1, 400],
      [['styles', name, 'spaceBefore'], s.spaceBefore, 0, page.height / 2],
      [['styles', name, 'spaceAfter'], s.spaceAfter, 0, page.height / 2],
      [['styles', name, 'letterSpacing'], s.letterSpacing, -s.size / 2, s.size * 2],
      [['styles', name, 'indent'], s.indent, 0, 20],
      [['styles', name, 'hanging'], s.hanging ?? 0, 0, 20],
    );
  }
  for (const [name, r] of Object.entries(m.ruleStyles)) {
    checks.push([['rules', name, 'thickness'], r.thickness, 0, 20], [['rules', name, 'spaceBefore'], r.spaceBefore, 0, page.height / 2], [['rules', name, 'spaceAfter'], r.spaceAfter, 0, page.height / 2]);
  }
  if (m.pageNumbers) checks.push([['pageNumbers', 'bottom'], m.pageNumbers.bottom, 0, page.marginBottom + page.height / 4]);
  if (m.grid) checks.push([['grid', 'chars'], m.grid.charsPerLine, 1, 100], [['grid', 'lines'], m.grid.linesPerPage, 1, 100]);
  for (const [path, value, min, max] of checks) {
    if (!Number.isFinite(value) || value < min || value > max) return { path, value, detail: `between ${fmt(min)} and ${fmt(max)} pt expected` };
  }
  if (page.width - page.marginInside - page.marginOutside < MIN_TEXT_AREA) return { path: ['page', 'margins', 'inside'], value: fmt(page.marginInside), detail: 'the margins leave less than an inch of text width' };
  if (page.height - page.marginTop - page.marginBottom < MIN_TEXT_AREA) return { path: ['page', 'margins', 'top'], value: fmt(page.marginTop), detail: 'the margins leave less than an inch of text height' };
  return null;
}
