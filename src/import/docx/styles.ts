// styles.xml → what the shape stage needs of a paragraph style: its name, outline level, and the
// run look it gives (bold, size, East Asian font), with `basedOn` chains resolved.
import { attr, child, kids, parseXml, toggle, val, type XNode } from './xml';

export interface RunLook {
  bold?: boolean;
  /** Half-points, as w:sz stores them. */
  size?: number;
  font?: string;
  /** The font of Latin characters (w:ascii, else w:hAnsi): a symbol font there changes what they show. */
  latinFont?: string;
  /** w:hint="eastAsia": Latin-1 letters shared with Chinese encodings (ü §) are set in the East Asian font. */
  eastAsiaHint?: boolean;
  /** w:vanish: hidden text, which Word neither shows nor prints. */
  hidden?: boolean;
  /** w:vertAlign: superscript / subscript / baseline. */
  vert?: string;
  /** w:position: half-points raised (+) or lowered (−), LibreOffice's super/subscript. */
  position?: number;
  /** Formatting with a meaning the bulletin does not print: strike-through, 着重号, 双行合一. */
  strike?: boolean;
  em?: boolean;
  combine?: boolean;
  /** w:caps / w:smallCaps: Word shows the letters as capitals. */
  caps?: boolean;
}

export interface StyleInfo extends RunLook {
  id: string;
  name: string;
  outline?: number;
  jc?: string;
  /** A list bound to the style (Word's multilevel heading numbering). */
  num?: { id: string; ilvl: number };
}

export interface Styles {
  get(id: string | undefined): StyleInfo | undefined;
  defaults: RunLook;
  /** The style a paragraph without w:pStyle has. */
  normal?: StyleInfo;
}

export function runLook(rPr: XNode | undefined): RunLook {
  const fonts = child(rPr, 'w:rFonts');
  const size = val(rPr, 'w:sz');
  return {
    bold: toggle(rPr, 'w:b') ?? toggle(rPr, 'w:bCs'),
    size: size ? Number(size) : undefined,
    font: attr(fonts, 'w:eastAsia') ?? attr(fonts, 'w:ascii') ?? attr(fonts, 'w:hAnsi'),
    latinFont: attr(fonts, 'w:ascii') ?? attr(fonts, 'w:hAnsi'),
    eastAsiaHint: fonts ? attr(fonts, 'w:hint') === 'eastAsia' : undefined,
    hidden: toggle(rPr, 'w:vanish'),
    vert: val(rPr, 'w:vertAlign'),
    position: val(rPr, 'w:position') !== undefined ? Number(val(rPr, 'w:position')) || 0 : undefined,
    strike: either(toggle(rPr, 'w:strike'), toggle(rPr, 'w:dstrike')),
    em: child(rPr, 'w:em') ? val(rPr, 'w:em') !== 'none' : undefined,
    combine: combineOf(child(rPr, 'w:eastAsianLayout')),
    caps: either(toggle(rPr, 'w:caps'), toggle(rPr, 'w:smallCaps')),
  };
}

const either = (a: boolean | undefined, b: boolean | undefined) => (a === undefined && b === undefined ? undefined : Boolean(a || b));

function combineOf(el: XNode | undefined): boolean | undefined {
  const v = attr(el, 'w:combine');
  return v === undefined ? undefined : ['1', 'true', 'on'].includes(v);
}

const LOOK: (keyof RunLook)[] = [
  'bold',
  'size',
  'font',
  'latinFont',
  'eastAsiaHint',
  'hidden',
  'vert',
  'position',
  'strike',
  'em',
  'combine',
  'caps',
];

/** `over`'s run properties where it sets them, `base`'s elsewhere (a style's name and id are not run properties). */
export function mergeLook(base: RunLook, over: RunLook): RunLook {
  const out: Record<string, unknown> = {};
  for (const k of LOOK) out[k] = over[k] ?? base[k];
  return out as RunLook;
}

export function numOf(numPr: XNode | undefined): { id: string; ilvl: number } | undefined {
  const id = val(numPr, 'w:numId');
  return id === undefined ? undefined : { id, ilvl: Number(val(numPr, 'w:ilvl') ?? 0) };
}

export function readStyles(xml: string | undefined): Styles {
  const raw = new Map<
    string,
    {
      id: string;
      name: string;
      basedOn?: string;
      outline?: number;
      jc?: string;
      num?: { id: string; ilvl: number };
      look: RunLook;
      isDefault: boolean;
      type?: string;
    }
  >();
  let defaults: RunLook = {};
  if (xml) {
    const root = child(parseXml(xml), 'w:styles');
    defaults = runLook(child(child(child(root, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'));
    for (const s of kids(root, 'w:style')) {
      const id = attr(s, 'w:styleId');
      if (!id) continue;
      const pPr = child(s, 'w:pPr');
      const outline = val(pPr, 'w:outlineLvl');
      raw.set(id, {
        id,
        type: attr(s, 'w:type'),
        name: (val(s, 'w:name') ?? id).toLowerCase(),
        basedOn: val(s, 'w:basedOn'),
        outline: outline !== undefined ? Number(outline) : undefined,
        jc: val(pPr, 'w:jc'),
        num: numOf(child(pPr, 'w:numPr')),
        look: runLook(child(s, 'w:rPr')),
        isDefault: attr(s, 'w:default') === '1' || attr(s, 'w:default') === 'true',
      });
    }
  }
  const cache = new Map<string, StyleInfo>();
  const resolve = (id: string, depth = 0): StyleInfo | undefined => {
    const hit = cache.get(id);
    if (hit) return hit;
    const s = raw.get(id);
    if (!s) return undefined;
    const base = s.basedOn && depth < 20 ? resolve(s.basedOn, depth + 1) : undefined;
    const look = mergeLook(base ?? {}, s.look);
    const info: StyleInfo = {
      id,
      name: s.name,
      outline: s.outline ?? base?.outline,
      jc: s.jc ?? base?.jc,
      num: s.num ?? base?.num,
      ...look,
    };
    cache.set(id, info);
    return info;
  };
  const normalId = [...raw.values()].find((s) => s.isDefault && s.type === 'paragraph')?.id;
  return { get: (id) => (id ? resolve(id) : undefined), defaults, normal: normalId ? resolve(normalId) : undefined };
}

/** Heading level from a style: "heading 2"/"标题 2"/outline level 1 → 2; "title" → 0. */
export function headingLevel(s: StyleInfo | undefined): number | undefined {
  if (!s) return undefined;
  if (s.name === 'title' || s.name === '标题') return 0;
  const m = /^(?:heading|标题)\s*(\d)$/.exec(s.name);
  if (m) return Number(m[1]);
  return s.outline !== undefined && s.outline < 9 ? s.outline + 1 : undefined;
}
