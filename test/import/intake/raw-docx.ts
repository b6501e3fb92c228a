// Minimal .docx packages written by hand (document.xml, [Content_Types].xml, relationships) for
// the Word constructs the `docx` package cannot make: fields, equations, content controls, …
import { strToU8, zipSync } from 'fflate';

export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
const DECLS =
  `xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ` +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" ' +
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"';

export interface RawOptions {
  /** Where the main part lives (found through _rels/.rels). */
  main?: string;
  /** Root element attributes instead of the usual namespace declarations (e.g. strict ones). */
  decls?: string;
  /** Extra relationships of the main part (`<Relationship …/>` elements). */
  rels?: string;
  numbering?: string;
  styles?: string;
  /** Writes the main part's WordprocessingML elements and attributes with this prefix instead of w. */
  prefix?: string;
  /** Writes the main part as UTF-16LE with a byte-order mark. */
  utf16?: boolean;
  officeDocumentType?: string;
  parts?: Record<string, Uint8Array>;
}

/** A paragraph: `inner` runs, optional `pPr` content. */
export const p = (inner: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
/** A run of text with optional `rPr` content. */
export const r = (t: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
export const tc = (inner: string) => `<w:tc>${inner}</w:tc>`;
export const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
export const tbl = (...rows: string[]) => `<w:tbl><w:tblGrid/>${rows.join('')}</w:tbl>`;

export function rawDocx(body: string, o: RawOptions = {}): Buffer {
  const main = o.main ?? 'word/document.xml';
  const dir = main.slice(0, main.lastIndexOf('/'));
  const base = main.slice(main.lastIndexOf('/') + 1);
  const raw = `<?xml version="1.0" encoding="${o.utf16 ? 'UTF-16' : 'UTF-8'}" standalone="yes"?><w:document ${o.decls ?? DECLS}><w:body>${body}<w:sectPr/></w:body></w:document>`;
  const xml = o.prefix === undefined ? raw : raw.replace(/(<\/?| )w:/g, o.prefix ? `$1${o.prefix}:` : '$1');
  const relType = (t: string) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}`;
  const mainRels = [
    o.numbering ? `<Relationship Id="rIdNum" Type="${relType('numbering')}" Target="numbering.xml"/>` : '',
    o.styles ? `<Relationship Id="rIdSty" Type="${relType('styles')}" Target="styles.xml"/>` : '',
    o.rels ?? '',
  ].join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${o.officeDocumentType ?? relType('officeDocument')}" Target="${main}"/></Relationships>`,
    ),
    [main]: o.utf16 ? new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')])) : strToU8(xml),
    [`${dir}/_rels/${base}.rels`]: strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${mainRels}</Relationships>`,
    ),
    ...(o.numbering ? { [`${dir}/numbering.xml`]: strToU8(`<w:numbering ${DECLS}>${o.numbering}</w:numbering>`) } : {}),
    ...(o.styles ? { [`${dir}/styles.xml`]: strToU8(`<w:styles ${DECLS}>${o.styles}</w:styles>`) } : {}),
    ...(o.parts ?? {}),
  };
  return Buffer.from(zipSync(files));
}
