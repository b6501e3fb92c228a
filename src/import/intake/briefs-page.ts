// A page of 简讯 (one dated brief per paragraph: `6月3日，…。（来源）`, `6月3日-5日，…`) → brief
// items, through the same reader the whole-issue importer uses for its 简讯 section.
import { BRIEF_DATE as DATED, readBriefs } from '../briefs';
import { squash } from '../text-rules';
import type { ImportNote } from '../types';
import type { Unit } from './units';

// `简讯`, `工作简讯`, `5月简讯`, `简讯动态`: a short line naming the page, not a brief.
const isHeading = (text: string) => /^[^，。：:；;！？,.]{0,6}简讯(?:动态)?$/.test(squash(text));

export interface BriefItem {
  date: string;
  text: string;
  source?: string;
  no: number;
}

export interface BriefsPage {
  briefs: BriefItem[];
  notes: ImportNote[];
  /** Paragraphs that are neither the heading nor a brief nor the rest of one. */
  strays: Unit[];
  /** Text the briefs must hold (the heading excluded). */
  sourceText: string[];
}

/** Two or more paragraphs, at least four in five opening with a date: a page of 简讯. */
export function looksLikeBriefs(units: Unit[]): boolean {
  const rest = units.filter((u, i) => !(i === 0 && isHeading(u.text)));
  if (rest.length < 2 || rest.some((u) => u.kind !== 'text')) return false;
  return rest.filter((u) => DATED.test(u.text)).length >= Math.ceil(rest.length * 0.8);
}

export function readBriefsPage(units: Unit[]): BriefsPage {
  const body = units.filter((u, i) => !(i === 0 && isHeading(u.text)));
  const read = readBriefs(body.map((u) => ({ no: u.no, text: u.text })));
  const strays = body.filter((u) => read.leftover.some((l) => l.no === u.no));
  const briefs = read.briefs.map((b) => ({ date: b.date, text: b.text, source: b.source, no: b.line }));
  return {
    briefs,
    notes: read.notes.filter((n) => !strays.some((s) => s.no === n.line)),
    strays,
    sourceText: body.filter((u) => !strays.includes(u)).map((u) => u.text),
  };
}

const fold = (s: string) =>
  s
    .replace(/,/g, '，')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[\s\u3000]+/g, '');

/** null when the briefs hold exactly the page's characters (separators printed full-width). */
export function compareBriefs(sourceText: string[], briefs: { date: string; text: string; source?: string }[]): string | null {
  const want = [...fold(sourceText.join(''))].sort().join('');
  const got = [...fold(briefs.map((b) => `${b.date}，${b.text}${b.source ? `（${b.source}）` : ''}`).join(''))].sort().join('');
  return want === got ? null : 'briefs differ from the page';
}
