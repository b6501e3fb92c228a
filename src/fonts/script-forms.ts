// Owns which characters a face can print, counting superscript and subscript forms it lacks
// (the bundled Noto SC faces have ¹²³⁴ but no other ⁿ and no ₀–₉): those are drawn as the face's
// own base character, smaller and raised or lowered, as Word draws a superscript. The glyph
// preflight and the PDF renderer both ask here, so what passes the check is what gets drawn.
import type { Font } from 'fontkit';

export type ScriptPosition = 'super' | 'sub';

export interface ScriptForm {
  /** The ordinary character drawn in its place. */
  base: string;
  position: ScriptPosition;
}

/** Pairs of script form and base. Within one position each base stands for one form only: the
 * PDF maps the drawn base glyph back to the form it stands for (shared-fonts.ts). */
const PAIRS: Record<ScriptPosition, string> = {
  super: '⁰0¹1²2³3⁴4⁵5⁶6⁷7⁸8⁹9⁺+⁻−⁼=⁽(⁾)ⁿnⁱiᵃaᵇbᵈdᵉeᵍgʰhʲjᵏkˡlᵐmᵒoᵖpʳrˢsᵗtᵘuᵛvʷwˣxʸy',
  sub: '₀0₁1₂2₃3₄4₅5₆6₇7₈8₉9₊+₋−₌=₍(₎)ₐaₑeₒoₓxₕhₖkₗlₘmₙnₚpₛsₜt',
};

const FORMS = new Map<string, ScriptForm>();
for (const position of ['super', 'sub'] as const) {
  const chars = Array.from(PAIRS[position]);
  for (let i = 0; i + 1 < chars.length; i += 2) FORMS.set(chars[i], { base: chars[i + 1], position });
}

/** Whether `char` is one of the superscript or subscript forms above. */
export function isScriptForm(char: string): boolean {
  return FORMS.has(char);
}

/** Every form with its base, for tests and docs. */
export function scriptForms(): ReadonlyMap<string, ScriptForm> {
  return FORMS;
}

/** The form to draw from its base because `font` lacks `char` but has the base; null otherwise. */
export function drawnFromBase(font: Font, char: string): ScriptForm | null {
  const form = FORMS.get(char);
  if (!form || font.hasGlyphForCodePoint(char.codePointAt(0)!)) return null;
  return font.hasGlyphForCodePoint(form.base.codePointAt(0)!) ? form : null;
}

/** Whether `font` prints `char`: its own glyph, or a script form drawn from its base. */
export function canPrint(font: Font, char: string): boolean {
  return font.hasGlyphForCodePoint(char.codePointAt(0)!) || drawnFromBase(font, char) !== null;
}

/** How a drawn script form is set, in em of the surrounding text. */
export interface ScriptMetrics {
  /** Size of the base glyph. */
  scale: number;
  /** Baseline shift: up for a superscript, down (negative) for a subscript. */
  rise: number;
}

// Word's defaults, for a face without superscripts of its own to match.
const DEFAULT_SCALE = 0.6;
const DEFAULT_RISE = 0.33;
const SUB_DROP = 0.14;

const metricsByFace = new WeakMap<Font, Record<ScriptPosition, ScriptMetrics>>();

/**
 * Superscripts match the face's own ¹ (or ²), so 10⁴⁵ reads as one exponent when the face has
 * ⁴ but not ⁵: the size is the height ratio of the two glyphs' ink, the rise where ¹'s ink sits.
 */
function superFromFace(font: Font): ScriptMetrics | null {
  for (const [form, base] of [
    ['¹', '1'],
    ['²', '2'],
  ]) {
    if (!font.hasGlyphForCodePoint(form.codePointAt(0)!) || !font.hasGlyphForCodePoint(base.codePointAt(0)!)) continue;
    const small = font.glyphForCodePoint(form.codePointAt(0)!).bbox;
    const full = font.glyphForCodePoint(base.codePointAt(0)!).bbox;
    const scale = (small.maxY - small.minY) / (full.maxY - full.minY);
    const rise = (small.minY - scale * full.minY) / font.unitsPerEm;
    // A face whose ¹ is not a smaller raised 1 (a full-size fallback shape) is not matched.
    if (scale > 0.4 && scale < 0.8 && rise > 0.2 && rise < 0.6) return { scale, rise };
  }
  return null;
}

export function scriptMetrics(font: Font, position: ScriptPosition): ScriptMetrics {
  let metrics = metricsByFace.get(font);
  if (!metrics) {
    const sup = superFromFace(font) ?? { scale: DEFAULT_SCALE, rise: DEFAULT_RISE };
    metrics = { super: sup, sub: { scale: sup.scale, rise: -SUB_DROP } };
    metricsByFace.set(font, metrics);
  }
  return metrics[position];
}
