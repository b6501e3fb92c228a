// A template's paragraph, run and rule styles as CSS declarations, shared by the web page (in a
// <style>) and the 公众号 file (inline). Sizes are relative to the body style, so the page keeps
// the template's proportions at a size a phone can read; fonts name the template's family first,
// then faces a reader's computer or phone is likely to have.
import type { DocumentModel, FontRole, ParagraphStyle, RuleStyle, Run } from '../../model/model';

const FALLBACKS: Record<FontRole, string[]> = {
  title: ['方正小标宋简体', 'Source Han Serif SC', 'Noto Serif SC', 'Noto Serif CJK SC', 'Songti SC', 'SimSun', 'serif'],
  heading: ['黑体', 'Source Han Sans SC', 'Noto Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'SimHei', 'sans-serif'],
  kai: ['楷体', 'KaiTi', 'STKaiti', 'Kaiti SC', 'Noto Serif SC', 'serif'],
  body: ['仿宋', 'FangSong', 'STFangsong', 'Noto Serif SC', 'Noto Serif CJK SC', 'Songti SC', 'SimSun', 'serif'],
  song: ['宋体', 'SimSun', 'Songti SC', 'STSong', 'Noto Serif SC', 'Noto Serif CJK SC', 'Source Han Serif SC', 'serif'],
};
const GENERIC = new Set(['serif', 'sans-serif']);

/** A CSS font-family list; a name is quoted and stripped of anything that could end the value. */
export function fontStack(model: DocumentModel, role: FontRole): string {
  const names = [model.fonts[role]?.family, ...FALLBACKS[role]].filter((n): n is string => Boolean(n));
  const clean = [...new Set(names.map((n) => n.replace(/["'\\<>;{}]/g, '').trim()).filter(Boolean))];
  return clean.map((n) => (GENERIC.has(n) ? n : `'${n}'`)).join(', ');
}

/** The body style's size: 1em of the page. */
export function baseSize(model: DocumentModel): number {
  return model.paragraphStyles.body?.size ?? model.paragraphStyles.default?.size ?? 16;
}

const num = (n: number) => String(Math.round(n * 1000) / 1000);
const COLOR = /^#[0-9a-fA-F]{6}$/;
export const safeColor = (c: string | undefined): string | null => (c && COLOR.test(c) ? c.toLowerCase() : null);

export interface CssUnits {
  /** The body size in the output unit's own terms: `1rem` on the page, `16px` on a phone. */
  size(ratio: number): string;
}

export const remUnits: CssUnits = { size: (ratio) => `${num(ratio)}rem` };
export const pxUnits: CssUnits = { size: (ratio) => `${num(Math.min(ratio * 16, 36))}px` };

/** Declarations for a paragraph style; `heavy` roles (小标宋, 黑体) are set bold on screen. */
export function paragraphDeclarations(model: DocumentModel, style: ParagraphStyle, units: CssUnits): string[] {
  const ratio = style.size / baseSize(model);
  const out = [
    `font-family: ${fontStack(model, style.font)}`,
    `font-size: ${units.size(ratio)}`,
    `line-height: ${num(Math.max(style.lineHeight / style.size, 1.3))}`,
    `text-align: ${style.align}`,
  ];
  if (style.bold || style.font === 'title' || style.font === 'heading') out.push('font-weight: bold');
  else out.push('font-weight: normal');
  const color = safeColor(style.color);
  if (color && color !== '#000000') out.push(`color: ${color}`);
  if (style.indent) out.push(`text-indent: ${num(style.indent)}em`);
  out.push(`margin: ${num(style.spaceBefore / style.size)}em 0 ${num(Math.max(style.spaceAfter / style.size, 0.4))}em`);
  if (style.letterSpacing) out.push(`letter-spacing: ${num(style.letterSpacing / style.size)}em`);
  return out;
}

export function runDeclarations(model: DocumentModel, run: Run): string[] {
  const out: string[] = [];
  if (run.font) out.push(`font-family: ${fontStack(model, run.font)}`);
  const color = safeColor(run.color);
  if (color) out.push(`color: ${color}`);
  return out;
}

export function ruleDeclarations(rule: RuleStyle): string[] {
  const px = Math.max(1, Math.round((rule.thickness * 96) / 72));
  return [
    `border: 0`,
    `border-top: ${px}px solid ${safeColor(rule.color) ?? '#000000'}`,
    `margin: ${num(rule.spaceBefore)}pt 0 ${num(rule.spaceAfter)}pt`,
    'height: 0',
  ];
}
