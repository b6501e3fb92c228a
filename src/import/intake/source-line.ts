// A `来源：…` line under the title or as the last line: departments type the source as a labelled
// line rather than the closing （…）. The text after the label is the source, as typed; a line
// that has the label but not one plain name after it stays in the body, and both are noted.
import { splitAttribution, visibleLength } from '../text-rules';

const LABEL = /^(来源|稿件来源|信息来源|稿源|供稿|供稿单位)[ \u3000]*[:：][ \u3000]*/;
// One name: no sentence or clause punctuation, no second label, no brackets (printed inside （…）).
const NAME = /^[^。，,；;！？!?：:（）()\n]{2,40}$/;

export type SourceLine =
  /** Taken: `source` is the field; `before`/`after` rebuild the line as typed around it; `marker`:
   *  a leading * ＊ ※ typed before the source, which is not printed. */
  { taken: true; source: string; before: string; after: string; marker?: string } | { taken: false };

// `*（来源：市科协）`, `* 市科协办公室供稿`: a marker some editors type before the source line.
const MARKER = /^[*＊※][ \u3000]*/;
const SUPPLIED = /^\S[^。，,；;！？!?：:（）()\n]{1,36}(?:供稿|提供|撰稿)$/;
const SOURCE_WORD = /来源|供稿|提供|撰稿|稿源/;

/** What a labelled line is, or null when it has no source label (an ordinary paragraph). */
export function readSourceLine(text: string): SourceLine | null {
  const marker = MARKER.exec(text)?.[0];
  if (!marker) return labelled(text);
  // After a marker only a line that is certainly the source is taken; one that only mentions a
  // source stays in the body (noted), and any other (a note on the text) is an ordinary paragraph.
  const rest = text.slice(marker.length);
  const line = labelled(rest) ?? supplied(rest);
  if (line?.taken) return { ...line, before: `${marker}${line.before}`, marker: marker.trim() };
  return line ?? (SOURCE_WORD.test(rest) ? { taken: false } : null);
}

/** `市科协办公室供稿`, or a whole `（市科协）`, after a marker. */
function supplied(text: string): SourceLine | null {
  if (SUPPLIED.test(text)) return { taken: true, source: text, before: '', after: '' };
  const bracketed = splitAttribution(text);
  if (bracketed && bracketed.rest.trim() === '') return { taken: true, source: bracketed.source, before: '（', after: '）' };
  return null;
}

function labelled(text: string): SourceLine | null {
  const bracketed = text.startsWith('（') && LABEL.test(text.slice(1)) ? splitAttribution(text) : null;
  if (bracketed && bracketed.rest.trim() === '') return { taken: true, source: bracketed.source, before: '（', after: '）' };
  if (/^（/.test(text) && LABEL.test(text.slice(1))) return { taken: false };
  const m = LABEL.exec(text);
  if (!m) return null;
  const name = text.slice(m[0].length);
  if (!NAME.test(name) || visibleLength(name) < 2) return { taken: false };
  return { taken: true, source: name, before: m[0], after: '' };
}
