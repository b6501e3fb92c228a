// word/fontTable.xml, written by us: docx leaves it empty unless it embeds fonts, and then it uses
// random keys and a Latin font signature. An entry per family tells Word and WPS that the font is
// Chinese (GB2312 charset and code page), so a machine without 方正小标宋简体 substitutes another
// Chinese font rather than a Latin one; altName gives the English name the same font has on
// systems that list it so. With embedded fonts, each entry points at its obfuscated subset.
import { fontKeyFor, obfuscateFont } from './obfuscate-font';
import { editPart, type Parts } from './package-fixups';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const FONT_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/font';

/** English names of the Chinese families templates use (Windows and the 方正 foundry). */
const ALT_NAMES: Record<string, string> = {
  宋体: 'SimSun', 仿宋: 'FangSong', 黑体: 'SimHei', 楷体: 'KaiTi',
  仿宋_GB2312: 'FangSong_GB2312', 楷体_GB2312: 'KaiTi_GB2312', 方正小标宋简体: 'FZXiaoBiaoSong-B05S',
};

/** CJK Unicode ranges and the Latin-1 + GB2312 code pages, as Word records for 黑体 or 仿宋. */
const CJK_SIG = 'w:usb0="800002BF" w:usb1="38CF7CFA" w:usb2="00000016" w:usb3="00000000" w:csb0="00040001" w:csb1="00000000"';

export interface FontEntry {
  family: string;
  /** The (subset) font file to embed as the regular face; absent: named only. */
  embed?: Uint8Array;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Replaces the font table, its relationships and, for embedded fonts, adds the .odttf parts. */
export function writeFontTable(parts: Parts, entries: readonly FontEntry[]): void {
  const rels: string[] = [];
  const fonts = entries.map((entry) => {
    const alt = ALT_NAMES[entry.family];
    let embed = '';
    if (entry.embed) {
      const id = `rId${rels.length + 1}`;
      const key = fontKeyFor(entry.embed);
      const target = `fonts/font${rels.length + 1}.odttf`;
      parts[`word/${target}`] = obfuscateFont(entry.embed, key);
      rels.push(`<Relationship Id="${id}" Type="${FONT_REL}" Target="${target}"/>`);
      embed = `<w:embedRegular r:id="${id}" w:fontKey="${key}" w:subsetted="1"/>`;
    }
    return `<w:font w:name="${escapeAttr(entry.family)}">${alt ? `<w:altName w:val="${alt}"/>` : ''}<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/><w:sig ${CJK_SIG}/>${embed}</w:font>`;
  });
  parts['word/fontTable.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W}" xmlns:r="${R}">${fonts.join('')}</w:fonts>`;
  parts['word/_rels/fontTable.xml.rels'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
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
