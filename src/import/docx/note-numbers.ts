// How Word numbers the notes it shows: footnotes and endnotes each counted on their own, in the
// format and from the number the document's settings (or its last section) give. Word's defaults
// are 1, 2, 3 for footnotes and i, ii, iii for endnotes.
import { formatNumber } from './numbering';
import { child, parseXml, val, type XNode } from './xml';

export type NoteKind = 'footnote' | 'endnote';
export type NoteFormats = Record<NoteKind, { fmt: string; start: number }>;

const DEFAULTS: NoteFormats = { footnote: { fmt: 'decimal', start: 1 }, endnote: { fmt: 'lowerRoman', start: 1 } };

function withProperties(base: NoteFormats[NoteKind], pr: XNode | undefined): NoteFormats[NoteKind] {
  const start = Number(val(pr, 'w:numStart'));
  return { fmt: val(pr, 'w:numFmt') ?? base.fmt, start: Number.isInteger(start) && start > 0 ? start : base.start };
}

/** The note formats of settings.xml, then of the body's last section (which Word also writes). */
export function readNoteFormats(settingsXml: string | undefined, lastSection: XNode | undefined): NoteFormats {
  const settings = settingsXml ? child(parseXml(settingsXml), 'w:settings') : undefined;
  const of = (kind: NoteKind) =>
    withProperties(withProperties(DEFAULTS[kind], child(settings, `w:${kind}Pr`)), child(lastSection, `w:${kind}Pr`));
  return { footnote: of('footnote'), endnote: of('endnote') };
}

/** The mark of the `n`th note of its kind (1-based), as Word shows it; a format not known here, or
 *  none, gives the number (the note must stay findable). */
export function noteLabel(formats: NoteFormats, kind: NoteKind, n: number): string {
  const { fmt, start } = formats[kind];
  const k = start + n - 1;
  return formatNumber(k, fmt) || String(k);
}
