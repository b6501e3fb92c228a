// A template's manifest.yaml: page geometry, fonts per role, named paragraph, run and rule styles,
// and page numbers. Validated like an issue file, then resolved into model units (points).
import { z } from 'zod';
import { FONT_ROLES, PUNCTUATION_COMPRESSIONS, type FontRole, type PrintColors, type PageNumbers, type PageSetup, type ParagraphStyle, type PunctuationCompression, type RuleStyle, type TextGrid } from '../model/model';
import type { RunStyle } from '../model/markup';
import { PAGE_SIZES, parseLength, parseSize } from './units';
import { templateProblemWords, type TemplateProblem } from '../i18n/template-problems';

// Messages are problem keys (src/i18n/value-problems.ts), worded in the reader's language.
const Length = z.union([z.number(), z.string()]).refine((v) => parseLength(v) !== null, { message: 'length' });
const Size = z.union([z.number(), z.string()]).refine((v) => parseSize(v) !== null, { message: 'size' });
const Hex = z.string().regex(/^#[0-9A-Fa-f]{6}$/, { message: 'hex' });
/** A colour where a style names one: #RRGGBB, or the name of an entry of `colors:`. */
const Color = z.string().regex(/^(#[0-9A-Fa-f]{6}|[a-z][a-z0-9-]*)$/, { message: 'colour' });
const Percent = z.number().min(0).max(100);
/** A list of the wrong length (or no list) is said as what a CMYK is, not "must not be empty". */
const Cmyk = z.tuple([Percent, Percent, Percent, Percent], { error: 'cmyk' });
/** `red: "#E60012"`, or with the inks a print shop mixes: `red: { rgb: "#E60012", cmyk: [0, 100, 100, 0] }`. */
const NamedColor = z.union([Hex, z.strictObject({ rgb: Hex, cmyk: Cmyk.optional() })]);
const Role = z.enum(FONT_ROLES as [FontRole, ...FontRole[]]);

const ParagraphStyleInput = z.strictObject({
  base: z.string().optional(),
  font: Role.optional(),
  size: Size.optional(),
  bold: z.boolean().optional(),
  color: Color.optional(),
  align: z.enum(['left', 'center', 'right', 'justify']).optional(),
  indent: z.number().min(0).optional(),
  /** Hanging indent: every line after the first starts this many characters in. */
  hanging: z.number().min(0).optional(),
  spaceBefore: Length.optional(),
  spaceAfter: Length.optional(),
  lineHeight: Length.optional(),
  letterSpacing: Length.optional(),
  keepWithNext: z.boolean().optional(),
  /** On the text grid; default: when the style has the grid's size. */
  grid: z.boolean().optional(),
});

export const ManifestFile = z.strictObject({
  name: z.string(),
  description: z.string().optional(),
  page: z.strictObject({
    size: z.enum(Object.keys(PAGE_SIZES) as [string, ...string[]]).default('A4'),
    margins: z.strictObject({ top: Length, bottom: Length, inside: Length, outside: Length }),
  }),
  /** Per role; a role left out gets its default family (DOCX_FAMILIES) and resolves as usual. */
  fonts: z.partialRecord(Role, z.strictObject({ family: z.string().min(1), file: z.string().optional(), postscriptName: z.string().optional() })).optional(),
  pageNumbers: z
    .strictObject({ style: z.string(), prefix: z.string().default(''), suffix: z.string().default(''), alternate: z.boolean().default(true), inset: z.number().min(0).max(10).optional(), bottom: Length })
    .optional(),
  /** Grid mode (GB/T 9704): `grid: { chars: 28, lines: 22, size: 三号 }`. */
  grid: z.strictObject({ chars: z.number().int().min(1), lines: z.number().int().min(1), size: Size.default('三号') }).optional(),
  punctuation: z.enum(PUNCTUATION_COMPRESSIONS as [PunctuationCompression, ...PunctuationCompression[]]).optional(),
  /** Hanging punctuation (标点悬挂); default: on in grid mode, off otherwise. */
  hangingPunctuation: z.boolean().optional(),
  /** The template's colours, defined once and named by styles, runs and rules. */
  colors: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/, { message: 'colourName' }), NamedColor).default({}),
  styles: z.record(z.string(), ParagraphStyleInput),
  runs: z.record(z.string(), z.strictObject({ bold: z.boolean().optional(), color: Color.optional(), font: Role.optional() })).default({}),
  rules: z.record(z.string(), z.strictObject({ color: Color.default('#000000'), thickness: Length, spaceBefore: Length.default(0), spaceAfter: Length.default(0) })).default({}),
});
export type ManifestData = z.infer<typeof ManifestFile>;

export interface ResolvedManifest {
  name: string;
  page: PageSetup;
  fontFamilies: Partial<Record<FontRole, { family: string; file?: string; postscriptName?: string }>>;
  paragraphStyles: Record<string, ParagraphStyle>;
  runStyles: Record<string, RunStyle>;
  ruleStyles: Record<string, RuleStyle>;
  pageNumbers: PageNumbers | null;
  grid: TextGrid | null;
  punctuation: PunctuationCompression;
  hangingPunctuation: boolean;
  /** CMYK (0–100 each) of the colours that give one, by their #RRGGBB. */
  printColors: PrintColors;
}

/** A manifest that validates but does not hold together (a missing base style); `path` locates it. */
export class ManifestProblem extends Error {
  /** `problem`: a value-problem key (src/i18n/value-problems.ts) when the value at `path` is the fault;
   *  `words`: the key and places of the message in the reader's language when values do not fit together. */
  constructor(
    message: string,
    readonly path: Array<string | number>,
    readonly problem?: { key: string; value: string },
    readonly words?: TemplateProblem,
  ) {
    super(message);
  }
}

/** A problem of values that do not fit together, worded for the reader from `key` (the English
 *  words are the error's message too, for a stack trace). */
function unfit(key: TemplateProblem['key'], args: Record<string, string>, at: Array<string | number>): ManifestProblem {
  return new ManifestProblem(templateProblemWords('en', key, args), at, undefined, { key, args });
}

const BASE_STYLE: ParagraphStyle = {
  font: 'body', size: 16, bold: false, color: '#000000', align: 'justify', indent: 0,
  spaceBefore: 0, spaceAfter: 0, lineHeight: 28, letterSpacing: 0, keepWithNext: false,
};

/** Resolves `base:` chains (every style inherits from `default` unless it names another). */
function resolveStyles(input: ManifestData['styles'], gridSize: number | null, color: ColorOf): Record<string, ParagraphStyle> {
  const done: Record<string, ParagraphStyle> = {};
  const resolve = (name: string, seen: string[]): ParagraphStyle => {
    if (done[name]) return done[name];
    const s = input[name];
    const from = seen.length ? ['styles', seen[seen.length - 1], 'base'] : ['styles', name];
    if (!s) throw unfit('styleUndefined', { name }, from);
    const chain = [...seen, name].join(' → ');
    if (seen.includes(name)) throw unfit('styleCircle', { chain }, from);
    const baseName = s.base ?? (name === 'default' ? null : input.default ? 'default' : null);
    const base = baseName ? resolve(baseName, [...seen, name]) : BASE_STYLE;
    const len = (v: number | string | undefined, fallback: number) => (v === undefined ? fallback : parseLength(v)!);
    done[name] = {
      font: s.font ?? base.font,
      size: s.size === undefined ? base.size : parseSize(s.size)!,
      bold: s.bold ?? base.bold,
      color: s.color === undefined ? base.color : color(s.color, ['styles', name, 'color']),
      align: s.align ?? base.align,
      indent: s.indent ?? base.indent,
      ...(s.hanging ?? base.hanging ? { hanging: s.hanging ?? base.hanging } : {}),
      spaceBefore: len(s.spaceBefore, base.spaceBefore),
      spaceAfter: len(s.spaceAfter, base.spaceAfter),
      lineHeight: len(s.lineHeight, base.lineHeight),
      letterSpacing: len(s.letterSpacing, base.letterSpacing),
      keepWithNext: s.keepWithNext ?? base.keepWithNext,
    };
    // Only the body size sits on the grid by default: a 二号 title would not fit a 三号 cell.
    if (gridSize !== null) done[name].grid = s.grid ?? done[name].size === gridSize;
    return done[name];
  };
  for (const name of Object.keys(input)) resolve(name, []);
  return done;
}

type ColorOf = (value: string, at: Array<string | number>) => string;

/** `colors:` → a lookup from what a style writes (#RRGGBB or a name) to #RRGGBB, and the CMYK
 * of the colours that give one. One RGB value has one print colour: two names with the same RGB
 * and different CMYK would print one colour two ways, so that is refused. */
function resolveColors(input: ManifestData['colors']): { color: ColorOf; printColors: PrintColors } {
  const rgb: Record<string, string> = {};
  const printColors: PrintColors = {};
  for (const [name, c] of Object.entries(input)) {
    const hex = (typeof c === 'string' ? c : c.rgb).toUpperCase();
    rgb[name] = hex;
    if (typeof c === 'string' || !c.cmyk) continue;
    const known = printColors[hex];
    if (known && known.join() !== c.cmyk.join()) {
      const args = { field: `colors.${name}`, hex, cmyk: known.join(', ') };
      throw unfit('cmykTaken', args, ['colors', name, 'cmyk']);
    }
    printColors[hex] = c.cmyk;
  }
  const color: ColorOf = (value, at) => {
    if (value.startsWith('#')) return value.toUpperCase();
    const hex = rgb[value];
    if (!hex) throw new ManifestProblem(`colour "${value}" is not defined under colors:`, at, { key: 'colour', value });
    return hex;
  };
  return { color, printColors };
}

/** The folio's settings in pt: `inset` is given in characters of the folio's own size. */
function pageNumbers(p: NonNullable<ManifestData['pageNumbers']>, size: number): PageNumbers {
  const { inset, ...rest } = p;
  return { ...rest, bottom: parseLength(p.bottom)!, ...(inset ? { inset: inset * size } : {}) };
}

export function resolveManifest(m: ManifestData): ResolvedManifest {
  const size = PAGE_SIZES[m.page.size];
  const pt = (v: number | string) => parseLength(v)!;
  const gridSize = m.grid ? parseSize(m.grid.size)! : null;
  const { color, printColors } = resolveColors(m.colors);
  const paragraphStyles = resolveStyles(m.styles, gridSize, color);
  const page = { ...size, marginTop: pt(m.page.margins.top), marginBottom: pt(m.page.margins.bottom), marginInside: pt(m.page.margins.inside), marginOutside: pt(m.page.margins.outside) };
  const grid: TextGrid | null = m.grid
    ? {
        charsPerLine: m.grid.chars,
        linesPerPage: m.grid.lines,
        charPitch: (page.width - page.marginInside - page.marginOutside) / m.grid.chars,
        linePitch: (page.height - page.marginTop - page.marginBottom) / m.grid.lines,
        size: gridSize!,
      }
    : null;
  if (m.pageNumbers && !paragraphStyles[m.pageNumbers.style]) {
    const name = m.pageNumbers.style;
    throw unfit('pageNumbersStyle', { name }, ['pageNumbers', 'style']);
  }
  return {
    name: m.name,
    page,
    fontFamilies: m.fonts ?? {},
    paragraphStyles,
    runStyles: Object.fromEntries(Object.entries(m.runs).map(([k, r]) => [k, r.color === undefined ? r : { ...r, color: color(r.color, ['runs', k, 'color']) }])),
    ruleStyles: Object.fromEntries(
      Object.entries(m.rules).map(([k, r]) => [k, { color: color(r.color, ['rules', k, 'color']), thickness: pt(r.thickness), spaceBefore: pt(r.spaceBefore), spaceAfter: pt(r.spaceAfter) }]),
    ),
    pageNumbers: m.pageNumbers ? pageNumbers(m.pageNumbers, paragraphStyles[m.pageNumbers.style].size) : null,
    grid,
    // Grid mode sets every mark on a full cell, as Word and WPS do with a document grid.
    punctuation: m.punctuation ?? (grid ? 'none' : 'consecutive'),
    // Word lets a closing mark hang past the margin by default (w:overflowPunct).
    hangingPunctuation: m.hangingPunctuation ?? grid !== null,
    printColors,
  };
}
