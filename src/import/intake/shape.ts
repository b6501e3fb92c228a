// Units → an article: the title, bylines, the closing （来源）, headings (from styles, or guessed
// from bold/黑体/short lines, each guess noted), photos with their captions, run-in bold leads.
import { endsSentence, splitAttribution, visibleLength } from '../text-rules';
import type { ArticleDraft, DraftBlock, IntakeNote } from './draft';
import { decideLevels, type LevelGroup } from './numbered-levels';
import { readSourceLine } from './source-line';
import type { SourceFlags, SourceMark, Span, Unit } from './units';

export const BYLINE = /^(?:本报记者|本报通讯员|记者|通讯员|特约记者|文\/|撰稿|作者)[ \u3000:：/]/;
export const ENUMERATED =
  /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+[，、部分章节]|\d{1,2}[.、．]|（\d{1,2}）)/;
const TITLE_FONT = /标宋|XiaoBiaoSong|xbs/i;
// Official documents set 一级 headings in 黑体 and 二级 in 楷体, often without bold.
const HEI = /黑体|SimHei|Hei|楷体|KaiTi|Kai/i;
const CAPTION_LEAD = /^(?:图为|图：|图:|上图|下图|左图|右图|▲|△|（图）)/;
const PRINTABLE_IMAGE = new Set(['png', 'jpg', 'jpeg']);

/** A line that can be a title on position alone: short, not a finished sentence. */
export const titleShaped = (text: string): boolean => visibleLength(text) <= 40 && !endsSentence(text);

const quote = (s: string) => ([...s].length > 20 ? `${[...s].slice(0, 20).join('')}…` : s);

export function mostCommonSize(units: Unit[]): number | undefined {
  const counts = new Map<number, number>();
  for (const u of units) if (u.size) counts.set(u.size, (counts.get(u.size) ?? 0) + [...u.text].length);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Bold stretches as `**…**`, spaces kept outside the markers (v2 bold cannot start or end on one). */
export function markBold(spans: Span[] | undefined, text: string): string {
  if (!spans || text.includes('**') || !spans.some((s) => s.bold && s.text.trim() !== '')) return text;
  return spans
    .map((s) => {
      if (!s.bold || s.text.trim() === '') return s.text;
      const m = /^([\s\u3000]*)([\s\S]*?)([\s\u3000]*)$/.exec(s.text)!;
      return `${m[1]}**${m[2]}**${m[3]}`;
    })
    .join('');
}

/** Drops the last `n` characters from the spans (the attribution taken off the end). */
function cutSpans(spans: Span[] | undefined, n: number): Span[] | undefined {
  if (!spans) return spans;
  const out = spans.map((s) => ({ ...s }));
  while (n > 0 && out.length) {
    const last = out[out.length - 1];
    const chars = [...last.text];
    if (chars.length <= n) {
      n -= chars.length;
      out.pop();
    } else {
      last.text = chars.slice(0, chars.length - n).join('');
      n = 0;
    }
  }
  return out;
}

const allBold = (u: Unit) => Boolean(u.spans?.length) && u.spans!.every((s) => s.bold || s.text.trim() === '');

const BYLINE_STYLE = /署名|作者|author|byline/i;
const DATE_LINE = /^[0-9０-９〇零一二三四五六七八九十]{2,4}\s*年|^[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日$/;

/** A byline known by its look alone, with no 本报记者 words: a paragraph style for bylines, or
 *  (right under the title) short text set right and smaller than the body. */
function bylineLook(u: Unit, bodySize: number | undefined): 'style' | 'right' | null {
  if (u.kind !== 'text' || visibleLength(u.text) > 30 || endsSentence(u.text) || /[，,；;。]/.test(u.text)) return null;
  if (BYLINE_STYLE.test(u.styleName ?? '')) return 'style';
  const smaller = Boolean(u.size && bodySize && u.size < bodySize);
  return u.right && smaller && !DATE_LINE.test(u.text) && !readSourceLine(u.text) ? 'right' : null;
}

export interface ShapeOptions {
  fileStem: string;
  flags?: SourceFlags;
  /** The title already found (a whole issue's article): its printed lines, the units hold the rest. */
  title?: string[];
}

/** A mark's message parameters: its kind switches on one wording ([[…{kind}]] in codes.ts). */
function markArgs(m: SourceMark): Record<string, string> {
  const args: Record<string, string> = {};
  if (m.input !== '') args.input = quote(m.input);
  if (m.code === 'JB197' || m.code === 'JB135' || m.code === 'JB136') args.field = m.what;
  else if (m.code === 'JB142') args.format = m.what;
  else if (m.code === 'JB070') {
    if (m.what) args.target = m.what;
  } else if (m.code === 'JB145') args.char = m.what;
  else if (m.code === 'JB143') {
    if (m.what) args.text = quote(m.what);
    else args.none = '';
  } else if (m.code === 'JB198' && m.what.startsWith('embedded')) {
    args.embedded = '';
    if (m.what.includes(':')) args.prog = m.what.slice(m.what.indexOf(':') + 1);
  } else if (m.code === 'JB132') {
    if (m.what === 'page') args.page = '';
    else args.date = m.what;
  } else if (m.code === 'JB133') {
    args.element = m.what;
    if (m.input === '') args.picture = '';
  } else if (m.code === 'JB072') {
    // nothing to fill in: the paragraph number says where
  } else if (!['JB199', 'JB149', 'JB140', 'JB144'].includes(m.code)) args[m.what] = '';
  return args;
}

export function shapeArticle(all: Unit[], opts: ShapeOptions): ArticleDraft {
  const notes: IntakeNote[] = [];
  const units = all.map((u) => ({ ...u }));
  const sourceText = [...(opts.title ?? []), ...units.filter((u) => u.kind !== 'photo').map((u) => u.text)];
  const texts = units.filter((u) => u.kind === 'text');
  const bodySize = mostCommonSize(texts);
  const note = (code: IntakeNote['code'], u: Unit | undefined, args: Record<string, string | number> = {}) =>
    notes.push({ code, no: u?.no ?? 0, line: u?.line, args: { no: u?.no ?? 0, ...args } });

  // Title: the first text unit, taken without a note when its formatting says so.
  let title: string;
  let titleInvented = false;
  // A table before any paragraph keeps its place: a title taken from after it would reorder the text.
  const first = units.findIndex((u) => u.kind === 'text' || u.kind === 'row');
  const head = units[first]?.kind === 'text' ? units[first] : undefined;
  const marked =
    head &&
    ((head.styleLevel !== undefined && head.styleLevel <= 1) ||
      head.centered ||
      (head.font && TITLE_FONT.test(head.font)) ||
      (head.size && bodySize && head.size > bodySize));
  if (opts.title) title = opts.title.join('\n');
  else if (head && (marked || titleShaped(head.text))) {
    if (!marked) note('JB173', head, { input: quote(head.text) });
    const parts = [head.text];
    let end = first + 1;
    // Its next line: after a soft break, or a paragraph of its own set just as it is (a long title
    // typed over two lines with Enter; a line in body type under it is a subtitle, not the title).
    const sameLook = (u: Unit) =>
      u.no !== head.no &&
      u.centered === head.centered &&
      u.font === head.font &&
      u.size === head.size &&
      Boolean((head.font && TITLE_FONT.test(head.font)) || (head.size && bodySize && head.size > bodySize)) &&
      titleShaped(u.text) &&
      head.styleLevel === u.styleLevel;
    while (
      marked &&
      units[end]?.kind === 'text' &&
      ((units[end].soft && units[end].no === head.no) || (parts.length < 3 && sameLook(units[end])))
    )
      parts.push(units[end++].text);
    title = parts.join('\n');
    units.splice(first, end - first);
    // A bulletin prints the title first: a picture above it (a banner, a masthead) prints under it.
    const above = units.slice(0, first).filter((u) => u.kind === 'photo');
    if (above.length) note('JB077', above[0], { count: above.length });
    // A 红头 document: the issuing body's name (…文件) is set as large as a title, above the real one.
    const below = units
      .slice(first, first + 3)
      .find(
        (u) =>
          u.kind === 'text' &&
          u.centered &&
          titleShaped(u.text) &&
          ((u.font && TITLE_FONT.test(u.font)) || (u.size && bodySize && u.size > bodySize)),
      );
    if (marked && below) note('JB076', below, { input: quote(below.text), title: quote(title.replace(/\n/g, '')) });
  } else {
    title = opts.fileStem;
    titleInvented = true;
    note('JB174', head ?? units[first], { input: opts.fileStem });
  }

  // Bylines: a 记者/通讯员 line among the first two or last two text units.
  const textIdx = () => units.map((u, i) => (u.kind === 'text' ? i : -1)).filter((i) => i >= 0);
  const bylines: string[] = [];
  {
    const idx = textIdx();
    const ends = new Set([...idx.slice(0, 2), ...idx.slice(-2)]);
    for (const i of [...ends].sort((a, b) => b - a)) {
      const u = units[i];
      const look = i === idx[0] ? bylineLook(u, bodySize) : BYLINE_STYLE.test(u.styleName ?? '') ? 'style' : null;
      if ((BYLINE.test(u.text) && visibleLength(u.text) <= 40) || look) {
        if (look === 'right' && !BYLINE.test(u.text)) note('JB087', u, { input: quote(u.text) });
        bylines.unshift(u.text);
        units.splice(i, 1);
      }
    }
  }

  // The closing attribution, alone on the last text line or run in at its end.
  let source: string | undefined;
  const lastIdx = textIdx().pop();
  if (lastIdx !== undefined) {
    const u = units[lastIdx];
    const a = splitAttribution(u.text);
    if (a) {
      source = a.source;
      const rest = a.rest.replace(/[\s\u3000]+$/, '');
      if (rest === '') units.splice(lastIdx, 1);
      else {
        u.spans = cutSpans(u.spans, [...u.text].length - [...rest].length);
        u.text = rest;
      }
    }
  }

  // A labelled `来源：…` line right under the title, else as the last line.
  let sourceForm: ArticleDraft['sourceForm'];
  for (const at of ['first', 'last'] as const) {
    const idx = textIdx();
    if (idx.length < 2) break;
    const i = at === 'first' ? idx[0] : idx[idx.length - 1];
    const u = units[i];
    const line = u.styleLevel === undefined ? readSourceLine(u.text) : null;
    if (!line) continue;
    if (line.taken && source === undefined) {
      source = line.source;
      sourceForm = { before: line.before, after: line.after };
      units.splice(i, 1);
      note('JB137', u, { input: quote(u.text), source: line.source, taken: '', ...(line.marker ? { marker: line.marker } : {}) });
    } else note('JB137', u, { input: quote(u.text), left: '' });
  }

  // Headings by style, by look (bold, 黑体), and numbered short lines in body type a level at a time.
  const hasTextAfter = (i: number) => units.slice(i + 1).some((x) => x.kind === 'text');
  const styled = (i: number) => units[i].kind === 'text' && units[i].styleLevel !== undefined && units[i].styleLevel! >= 1;
  const looksHeading = (i: number) => {
    const u = units[i];
    return Boolean(
      u.kind === 'text' &&
      u.spans &&
      visibleLength(u.text) <= 40 &&
      (allBold(u) || (u.font && HEI.test(u.font) && ENUMERATED.test(u.text))) &&
      (!endsSentence(u.text) || ENUMERATED.test(u.text)) &&
      hasTextAfter(i),
    );
  };
  const numberedShort = (i: number) => {
    const u = units[i];
    if (u.kind !== 'text' || styled(i) || looksHeading(i) || !ENUMERATED.test(u.text) || endsSentence(u.text)) return false;
    return u.spans ? visibleLength(u.text) <= 30 && !/[，,；;]/.test(u.text) : visibleLength(u.text) <= 40;
  };
  const levelOfUnit = new Map<number, LevelGroup>();
  const noted = new Set<LevelGroup>();
  for (const g of decideLevels(units, numberedShort, (i) => styled(i) || looksHeading(i))) for (const m of g.members) levelOfUnit.set(m, g);

  const blocks: DraftBlock[] = [];
  // Body paragraphs the contribution set centred or right: the bulletin's body sets neither.
  const aligned = { center: [] as Unit[], right: [] as Unit[] };
  let prevRowNo = -1;
  let prev: Unit | undefined;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind === 'photo') {
      const next = units[i + 1];
      let caption = '';
      // `![…](…)` has no escapes: a caption holding a bracket stays a paragraph of its own.
      if (
        next?.kind === 'text' &&
        !/[[\]]/.test(next.text) &&
        (next.captionStyle ||
          (visibleLength(next.text) <= 60 &&
            (next.centered || CAPTION_LEAD.test(next.text) || (next.size && bodySize && next.size < bodySize))))
      ) {
        caption = next.text;
        if (!next.captionStyle) note('JB181', next, { input: quote(next.text) });
        i++;
      }
      if (!PRINTABLE_IMAGE.has(u.image!.ext)) note('JB188', u, { ext: u.image!.ext });
      blocks.push({ kind: 'photo', line: '', no: u.no, photo: u.image, caption });
      prev = u;
      continue;
    }
    if (u.kind === 'row') {
      const starts = prev?.kind !== 'row' || u.no !== prevRowNo + 1 || Boolean(u.tableStart);
      if (starts) note('JB176', u);
      prevRowNo = u.no;
      blocks.push({ kind: 'row', line: u.text, no: u.no, joined: !starts, cells: u.cells });
      // The first row of a Word table is its header: the separator line makes the rows a table.
      if (starts)
        blocks.push({
          kind: 'row',
          line: `|${Array(u.cells ?? 1)
            .fill('---')
            .join('|')}|`,
          no: u.no,
          joined: true,
        });
      prev = u;
      continue;
    }
    if (u.soft && prev?.kind === 'text' && prev.no === u.no && !endsSentence(prev.text))
      note('JB177', u, { input: quote([...prev.text].slice(-12).join('')) });
    const nextText = units.slice(i + 1).find((x) => x.kind === 'text');
    let heading = false;
    if (styled(i)) heading = true;
    else if (looksHeading(i)) {
      heading = true;
      note('JB175', u, { input: quote(u.text) });
    } else if (levelOfUnit.has(i)) {
      const group = levelOfUnit.get(i)!;
      heading = group.headings;
      // One line alone at its level keeps the one-line note.
      if (group.split && !noted.has(group)) {
        noted.add(group);
        const parent = group.split.parent === undefined ? undefined : units[group.split.parent];
        note('JB071', u, {
          nos: group.members.map((m) => units[m].no).join('、'),
          count: group.members.length,
          input: quote(u.text),
          others: group.split.others.map((m) => units[m].no).join('、'),
          ...(parent ? { parent: quote(parent.text) } : {}),
          ...(group.headings ? { taken: '' } : group.list ? { list: '' } : { text: '' }),
        });
      } else if (group.split) {
        // noted at its first member
      } else if (group.members.length === 1 && group.headings) note('JB183', u, { input: quote(u.text) });
      else if (!noted.has(group) && (group.headings || group.list)) {
        noted.add(group);
        const nos = group.members.map((m) => units[m].no);
        note('JB138', u, {
          nos: nos.join('、'),
          count: nos.length,
          input: quote(u.text),
          ...(group.headings ? { taken: '' } : { list: '' }),
        });
      }
    } else if (
      u.kind === 'text' &&
      !u.spans &&
      nextText &&
      !ENUMERATED.test(u.text) &&
      !endsSentence(u.text) &&
      (!prev || prev.kind !== 'text' || endsSentence(prev.text)) &&
      visibleLength(u.text) <= 24 &&
      !/[，,、；;。：:]/.test(u.text)
    ) {
      heading = true;
      note('JB183', u, { input: quote(u.text) });
    }
    if (!heading && u.centered) aligned.center.push(u);
    else if (!heading && u.right) aligned.right.push(u);
    blocks.push(
      heading
        ? { kind: 'heading', line: `## ${u.text}`, text: u.text, no: u.no }
        : { kind: 'paragraph', line: markBold(u.spans, u.text), text: u.text, no: u.no },
    );
    prev = u;
  }

  for (const kind of ['center', 'right'] as const) {
    const list = aligned[kind];
    const nos = [...new Set(list.map((u) => u.no))];
    if (nos.length)
      note('JB075', list[0], {
        nos: nos.length > 8 ? `${nos.slice(0, 8).join('、')} 等 ${nos.length}` : nos.join('、'),
        input: quote(list[0].text),
        [kind]: '',
      });
  }

  notes.push(...flagNotes(opts.flags ?? {}));
  return { title, titleInvented, source, sourceForm, byline: bylines.length ? bylines.join(' ') : undefined, blocks, notes, sourceText };
}

/** What the reader noticed about the file as a whole or about single paragraphs, as notes. */
export function flagNotes(flags: SourceFlags): IntakeNote[] {
  const notes: IntakeNote[] = [];
  const note = (code: IntakeNote['code'], u: { no: number } | undefined, args: Record<string, string | number> = {}) =>
    notes.push({ code, no: u?.no ?? 0, args: { no: u?.no ?? 0, ...args } });
  if (flags.footnotes) note('JB180', undefined, { count: flags.footnotes });
  if (flags.tracked) note('JB178', undefined, { count: flags.tracked });
  if (flags.comments) note('JB179', undefined, { count: flags.comments });
  for (const no of flags.linkedImages ?? []) note('JB182', { no });
  for (const no of flags.textBoxes ?? []) note('JB189', { no });
  for (const no of flags.mergedCells ?? []) note('JB191', { no });
  if (flags.hidden) note('JB193', undefined, { count: flags.hidden.count, input: quote(flags.hidden.first) });
  if (flags.lostEq) note('JB146', undefined, { count: flags.lostEq.length, input: quote(flags.lostEq.join('、')) });
  if (flags.furniture) note('JB141', undefined, { input: quote(flags.furniture) });
  if (flags.furniturePictures) note('JB134', undefined, { count: flags.furniturePictures });
  if (flags.symbols) note('JB194', undefined, { count: flags.symbols.count, font: flags.symbols.font, char: flags.symbols.char });
  for (const m of flags.marks ?? []) note(m.code, { no: m.no }, markArgs(m));
  return notes;
}
