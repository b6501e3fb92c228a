// The parts of a Word back issue → what the YAML will hold: masthead fields (the plain-text
// importer's reader), each article shaped as a single contribution is (title, body, source,
// byline, photos, tables), the 简讯 (the text importer's reader), the 报尾 fields, and a note for
// everything that will not print as typed, with its paragraph number.
import type { Code } from '../../diagnostics/codes';
import { readBriefs } from '../briefs';
import type { ArticleDraft } from '../intake/draft';
import { flagNotes, shapeArticle } from '../intake/shape';
import type { SourceFlags, Unit } from '../intake/units';
import { readMasthead } from '../masthead';
import { squash } from '../text-rules';
import type { Masthead } from '../types';
import { briefLines } from './briefs-table';
import { printedCopies, printedDistribution, readColophon, type ColophonRead } from './colophon';
import type { IssueLayout } from './layout';
import { isTypedRule, mastheadLines } from './masthead-lines';
import { entryOf, matchToc } from './toc-check';

export interface IssueNote {
  code: Code;
  /** Source paragraph number; 0 for the whole file. */
  no: number;
  args: Record<string, string | number>;
}

export interface WordArticle {
  draft: ArticleDraft;
  section?: string;
  /** The 要目 line, only where it differs from the title. */
  toc?: string;
  no: number;
}

export interface WordBrief {
  date: string;
  text: string;
  source?: string;
  no: number;
}

export interface WordIssue {
  shape: 'kexie' | 'zhuankan';
  masthead: Masthead;
  articles: WordArticle[];
  briefs: WordBrief[];
  /** The 简讯 paragraphs as typed, which the briefs must hold. */
  briefsText: string[];
  colophon: ColophonRead;
  /** The 报尾's first paragraph number (Infinity when there is none). */
  colophonFrom: number;
  notes: IssueNote[];
  /** Text that has no field and prints nowhere: written as YAML comments (each also noted). */
  setAside: { no: number; text: string }[];
}

const quote = (s: string) => ([...s].length > 24 ? `${[...s].slice(0, 24).join('')}…` : s);

export function shapeIssue(layout: IssueLayout, flags: SourceFlags, fileStem: string): WordIssue {
  const notes: IssueNote[] = [];
  const setAside: WordIssue['setAside'] = [];
  const note = (code: Code, no: number, args: Record<string, string | number> = {}) => notes.push({ code, no, args: { no, ...args } });

  const read = readMasthead(mastheadLines(layout.masthead));
  for (const n of read.notes) note(n.code, n.line, n.args);
  const rules = [...layout.masthead, ...layout.colophon].filter((u) => u.kind !== 'photo' && isTypedRule(u.text));
  if (rules.length) note('JB083', rules[0].no, { input: quote(rules[0].text), count: rules.length });

  // 简讯 first: paragraphs in it that are not briefs stay with the last article, as the text importer keeps them.
  const typedBriefs = briefLines(layout.briefs);
  if (typedBriefs.table) {
    const { no, count, printed } = typedBriefs.table;
    const args: Record<string, string | number> = { count, printed: quote(printed) };
    if (typedBriefs.header) args.header = typedBriefs.header.text;
    note('JB086', no, args);
  }
  if (typedBriefs.header) setAside.push({ no: typedBriefs.header.no, text: typedBriefs.header.text });
  const briefsRead = readBriefs(typedBriefs.lines);
  for (const n of briefsRead.notes) note(n.code, n.line, n.args);
  for (const j of briefsRead.joins) note('JB084', j.to, { input: j.at });
  const leftover = layout.briefs.filter((u) => u.kind === 'photo' || briefsRead.leftover.some((l) => l.no === u.no));
  if (layout.briefsHeading && squash(layout.briefsHeading.text) !== '简讯')
    note('JB082', layout.briefsHeading.no, { input: layout.briefsHeading.text, printed: '简讯' });

  // Titles found not centred: one note per cue, naming the first such title.
  for (const cue of new Set(layout.cues.map((c) => c.cue))) {
    const found = layout.cues.filter((c) => c.cue === cue);
    note('JB085', found[0].no, { count: found.length, input: quote(found[0].title), [cue]: '' });
  }
  const sections = layout.articles.map((a) => a.section?.text ?? '');
  const toc = matchToc(
    layout.toc.map(entryOf),
    layout.articles.map((a) => a.title.parts),
    sections.filter(Boolean),
  );
  for (const orphan of toc.orphans) {
    note('JB078', orphan.no, { input: orphan.text });
    setAside.push({ no: orphan.no, text: orphan.text });
  }

  const articles = layout.articles.map((a, k): WordArticle => {
    let body: Unit[] = a.body;
    if (k === 0 && layout.lead.length) {
      note('JB159', layout.lead[0].no);
      body = [...layout.lead, ...body];
    }
    if (k === layout.articles.length - 1) body = [...body, ...leftover];
    const draft = shapeArticle(body, { fileStem, title: a.title.parts });
    const no = a.section?.no ?? a.title.no;
    const match = toc.byTitle[k];
    let entry: string | undefined;
    if (layout.tocHeading && !match) note('JB079', a.title.no, { input: quote(a.title.parts.join('')) });
    if (match?.approximate) {
      note('JB153', match.entry.no, { input: match.entry.text, title: a.title.parts.join('') });
      entry = match.entry.text;
    }
    return { draft, section: a.section?.text, toc: entry, no };
  });

  const colophon = readColophon(layout.colophon);
  for (const d of colophon.distribution) {
    const printed = printedDistribution(d.label, d.to);
    if (squash(printed) !== squash(d.text)) note('JB081', d.no, { input: d.text, printed });
  }
  if (colophon.copies && squash(colophon.copies.text) !== squash(printedCopies(colophon.copies.copies)))
    note('JB081', colophon.copies.no, { input: colophon.copies.text, printed: printedCopies(colophon.copies.copies) });
  for (const k of colophon.kept) {
    note('JB080', k.no, { input: k.text });
    setAside.push(k);
  }

  // The 报尾 in its text box and a masthead framed in a table are the genre's layout, not an article's.
  const firstColophon = layout.colophon[0]?.no ?? Infinity;
  const mastheadNos = new Set(layout.masthead.map((u) => u.no));
  for (const n of flagNotes(flags)) {
    if ((n.code === 'JB189' || n.code === 'JB198') && n.no >= firstColophon - 1) continue;
    if ((n.code === 'JB072' || n.code === 'JB191') && mastheadNos.has(n.no)) continue;
    notes.push({ code: n.code, no: n.no, args: n.args });
  }
  const hasNumber = read.masthead.number !== undefined || read.masthead.total !== undefined;
  const shape = !hasNumber && !layout.tocHeading && layout.articles.filter((a) => a.section).length >= 2 ? 'zhuankan' : 'kexie';
  return {
    shape,
    masthead: read.masthead,
    articles,
    briefs: briefsRead.briefs.map((b) => ({ date: b.date, text: b.text, source: b.source, no: b.line })),
    briefsText: typedBriefs.lines.filter((l) => !briefsRead.leftover.some((x) => x.no === l.no)).map((l) => l.text),
    colophon,
    colophonFrom: firstColophon,
    notes,
    setAside,
  };
}
