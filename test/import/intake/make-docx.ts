// Builds .docx fixtures the way editors' files are made: with the `docx` package (Word's own
// markup: styles, direct formatting, numbering, footnotes, pictures, tables, soft breaks).
import { PNG } from 'pngjs';
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';

export { AlignmentType, FootnoteReferenceRun, HeadingLevel, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, WidthType };

export type Child = ISectionOptions['children'][number];

/** A small solid PNG (distinct colours give distinct content hashes). */
export function png(r: number, g: number, b: number, w = 40, h = 30): Buffer {
  const img = new PNG({ width: w, height: h });
  for (let i = 0; i < w * h; i++) img.data.set([r, g, b, 255], i * 4);
  return PNG.sync.write(img);
}

type DocOptions = ConstructorParameters<typeof Document>[0];

export async function docxOf(children: Child[], opts: Omit<DocOptions, 'sections'> = {}): Promise<Buffer> {
  const section: ISectionOptions = { children };
  const doc = new Document({ ...opts, sections: [section] });
  return Packer.toBuffer(doc);
}

/** A body paragraph as editors type it: two ideographic spaces of indentation. */
export const typed = (text: string) => new Paragraph({ children: [new TextRun(`\u3000\u3000${text}`)] });
export const empty = () => new Paragraph({});
export const centredTitle = (text: string) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size: 44, font: { eastAsia: '方正小标宋简体' } })] });
