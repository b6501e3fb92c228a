// word/fontTable.xml, written by us: docx leaves it empty unless it embeds fonts, and then it uses
// random keys and a Latin font signature. An entry per family tells Word and WPS that the font is
// Chinese (GB2312 charset and code page), so a machine without it substitutes a Chinese font, not
// a Latin one. For the families of GB/T 9704 the entry also says which font to use instead
// (altName) and what kind of face it is (PANOSE class, pitch, family), so a machine lacking one
// role's font does not set every role in one fallback face: 方正小标宋简体 falls back to 宋体,
// 仿宋 and 仿宋_GB2312 to each other, likewise 楷体 and 楷体_GB2312. With embedded fonts, each
// entry points at its obfuscated subset.
import { fontKeyFor, obfuscateFont } from './obfuscate-font';
import { editPart, type Parts } from './package-fixups';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const FONT_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/font';

interface FaceKind {
  /** The font Word and WPS look for when the named one is missing. */
  altName: string;
  /** PANOSE-1 (10 bytes, hex) as Windows' own fonts carry it: Song faces are serif, the rest not. */
  panose: string;
  family: 'auto' | 'roman' | 'modern';
  pitch: 'variable' | 'fixed';
}
const SONG = { panose: '02010600030101010101', family: 'auto', pitch: 'variable' } as const;
const PLAIN = { panose: '02010609060101010101', family: 'modern', pitch: 'fixed' } as const;

/** The Chinese families templates use: Windows' own and the 方正 title face of GB/T 9704. */
const FACES: Record<string, FaceKind> = {
  宋体: { altName: 'SimSun', ...SONG },
  方正小标宋简体: { altName: '宋体', ...SONG },
  方正小标宋_GBK: { altName: '宋体', ...SONG },
  黑体: { altName: 'SimHei', ...PLAIN },
  仿宋: { altName: '仿宋_GB2312', ...PLAIN },
  仿宋_GB2312: { altName: '仿宋', ...PLAIN },
  楷体: { altName: '楷体_GB2312', ...PLAIN },
  楷体_GB2312: { altName: '楷体', ...PLAIN },
};

/** CJK Unicode ranges and the Latin-1 + GB2312 code pages, as Word records for 黑体 or 仿宋. */
const CJK_SIG = 'w:usb0="800002BF" w:usb1="38CF7CFA" w:usb2="00000016" w:usb3="00000000" w:csb0="00040001" w:csb1="00000000"';

export interface FontEntry {
  family: string;
  /** The (subset) font file to embed as the regular face; absent: named only. */
  embed?: Uint8Array;
  /** A Unicode face for symbols (not a Chinese one): no GB2312 charset, no CJK signature. */
  unicodeFace?: true;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Replaces the font table, its relationships and, for embedded fonts, adds the .odttf parts. */
export function writeFontTable(parts: Parts, entries: readonly FontEntry[]): void {
  const rels: string[] = [];
  const fonts = entries.map((entry) => {
    const face = FACES[entry.family];
    let embed = '';
    if (entry.embed) {
      const id = `rId${rels.length + 1}`;
      const key = fontKeyFor(entry.embed);
      const target = `fonts/font${rels.length + 1}.odttf`;
      parts[`word/${target}`] = obfuscateFont(entry.embed, key);
      rels.push(`<Relationship Id="${id}" Type="${FONT_REL}" Target="${target}"/>`);
      embed = `<w:embedRegular r:id="${id}" w:fontKey="${key}" w:subsetted="1"/>`;
    }
    // Children in schema order (CT_Font): altName, panose1, charset, family, pitch, sig, embed*.
    const kind = face ? `<w:altName w:val="${face.altName}"/><w:panose1 w:val="${face.panose}"/>` : '';
    if (entry.unicodeFace)
      return `<w:font w:name="${escapeAttr(entry.family)}"><w:charset w:val="00"/><w:family w:val="auto"/><w:pitch w:val="variable"/>${embed}</w:font>`;
    return `<w:font w:name="${escapeAttr(entry.family)}">${kind}<w:charset w:val="86"/><w:family w:val="${face?.family ?? 'auto'}"/><w:pitch w:val="${face?.pitch ?? 'variable'}"/><w:sig ${CJK_SIG}/>${embed}</w:font>`;
  });
  parts['word/fontTable.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W}" xmlns:r="${R}">${fonts.join('')}</w:fonts>`;
  parts['word/_rels/fontTable.xml.rels'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
  if (rels.length === 0) return;
  editPart(parts, '[Content_Types].xml', (xml) => {
    if (!xml.includes('Extension="odttf"')) throw new Error('[Content_Types].xml: no content type for .odttf');
    return xml;
  });
  // Word reads embedded fonts only when settings say the document carries them.
  editPart(parts, 'word/settings.xml', (xml) => {
    if (!xml.includes('<w:mirrorMargins/>')) throw new Error('word/settings.xml: add w:mirrorMargins first (element order)');
    return xml.replace('<w:mirrorMargins/>', '<w:embedTrueTypeFonts/><w:saveSubsetFonts/><w:mirrorMargins/>');
  });
}
