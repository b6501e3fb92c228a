// Stage 5: an article's body lines → blocks (paragraphs, run-in subheadings, photo captions),
// repairing page breaks. A paragraph that stops mid-sentence is joined to the next one with
// nothing inserted, unless the next one plainly opens a new paragraph (then a person decides).
import { isBlank } from './lines';
import { endsSentence, visibleLength } from './text-rules';
import type { Block, ImportNote, Join, Line } from './types';

interface Raw {
  text: string;
  line: number;
  kind: Block['kind'] | 'byline';
  /** Blank lines before it: a photo leaves a larger gap in the extract than a page break does. */
  gap: number;
  /** Marked `## ` in the input. */
  explicit?: boolean;
}

const ENUMERATED = /^(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[，、])/;
const BYLINE = /^(?:本报记者|本报通讯员|记者|通讯员|文\/|撰稿)[ \u3000:：]/;
// What opens a new paragraph rather than continuing one: a dated lead, 日前/近日….
const OPENER = /^(?:\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\s*年\s*\d{1,2}\s*月|日前|近日|近期|目前|据悉|记者|本报讯)/;

function looksLikeSubheading(raw: Raw, prev: Raw | undefined, next: Raw | undefined): boolean {
  // A heading sits right above its text; a wide gap after it means a photo cut a sentence here.
  if (!next || next.gap >= 2 || endsSentence(raw.text)) return false;
  // After a sentence that did not end, a short line is the rest of it, not a heading.
  if (prev && prev.kind !== 'byline' && !endsSentence(prev.text) && !prev.explicit) return false;
  const n = visibleLength(raw.text);
  if (ENUMERATED.test(raw.text.trim())) return n <= 40;
  // An article opens with a paragraph: a short first line is a cut sentence, not a heading.
  return prev !== undefined && n <= 24 && !/[，,、；;。]/.test(raw.text);
}

/** A short one-sentence line after a wider gap than a paragraph break: the shape of a caption. */
function captionShaped(raw: Raw): boolean {
  const marks = raw.text.match(/[。！？!?]/g) ?? [];
  return raw.gap >= 2 && endsSentence(raw.text) && marks.length === 1 && visibleLength(raw.text) <= 45;
}

export interface BodyResult {
  blocks: Block[];
  bylines: Raw[];
  joins: Join[];
  notes: ImportNote[];
}

export function readBody(lines: readonly Line[], opts: { captionAtHead: boolean }): BodyResult {
  const raws: Raw[] = [];
  let gap = 0;
  for (const l of lines) {
    if (isBlank(l)) {
      gap++;
      continue;
    }
    const text = l.text.trim();
    if (/^##\s/.test(text)) raws.push({ text: text.replace(/^##\s+/, ''), line: l.no, kind: 'subheading', gap, explicit: true });
    else raws.push({ text, line: l.no, kind: BYLINE.test(text) ? 'byline' : 'paragraph', gap });
    gap = 0;
  }
  const notes: ImportNote[] = [];
  raws.forEach((r, i) => {
    if (r.kind === 'paragraph' && looksLikeSubheading(r, raws[i - 1], raws[i + 1])) r.kind = 'subheading';
  });
  // A caption printed at the head of a feature article, before its first subheading.
  if (opts.captionAtHead && raws[0]?.kind === 'paragraph' && captionShaped(raws[0]) && raws[1]?.kind === 'subheading') {
    raws[0].kind = 'caption';
    notes.push({ code: 'JB155', line: raws[0].line, args: { input: raws[0].text } });
  }
  return joinBroken(raws, notes);
}

function joinBroken(raws: Raw[], notes: ImportNote[]): BodyResult {
  const blocks: Block[] = [];
  const joins: Join[] = [];
  const bylines = raws.filter((r) => r.kind === 'byline');
  const rest = raws.filter((r) => r.kind !== 'byline');
  const held: Block[] = []; // captions lifted out of a split paragraph, placed after it
  for (let i = 0; i < rest.length; i++) {
    const r = rest[i];
    let block: Block = { kind: r.kind as Block['kind'], text: r.text, line: r.line };
    if (block.kind !== 'paragraph') {
      blocks.push(block);
      continue;
    }
    while (!endsSentence(block.text) && i + 1 < rest.length) {
      const from = rest[i].line;
      let next = rest[i + 1];
      // A caption that landed between the two halves of a paragraph: lift it out.
      if (next.kind === 'paragraph' && captionShaped(next) && rest[i + 2]?.kind === 'paragraph') {
        held.push({ kind: 'caption', text: next.text, line: next.line });
        notes.push({ code: 'JB155', line: next.line, args: { input: next.text } });
        i++;
        next = rest[i + 1];
      }
      if (next.kind !== 'paragraph') break;
      if (OPENER.test(next.text)) {
        notes.push({ code: 'JB154', line: block.line, args: { input: tail(block.text), next: next.line } });
        break;
      }
      joins.push({ line: from, to: next.line, at: `${tail(block.text)}|${[...next.text].slice(0, 6).join('')}` });
      block = { ...block, text: block.text + next.text };
      i++;
    }
    if (!endsSentence(block.text) && i + 1 >= rest.length && !/（[^（）]+）$/.test(block.text)) {
      notes.push({ code: 'JB157', line: block.line, args: { input: tail(block.text) } });
    }
    blocks.push(block, ...held.splice(0));
  }
  blocks.push(...held);
  return { blocks, bylines, joins, notes };
}

const tail = (s: string) => [...s].slice(-8).join('');
