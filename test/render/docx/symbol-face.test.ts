// A symbol the role's face lacks (☑ ✔ from a department's form) is set in the DOCX as the PDF
// draws it: in a run of the bundled symbol face, whose subset the DOCX carries, so WPS on a
// machine without a face that has ☑ prints it rather than a box. Only when used, with or
// without --embed-fonts; a symbol the role's face has (→ in Noto Serif SC) keeps the role's family.
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { obfuscateFont } from '../../../src/render/docx/obfuscate-font';
import { buildArticles } from '../../helpers/body-build';
import { readDocx } from '../../helpers/docx-read';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderDocx } from '../../../src/render/docx';
import { issueYaml } from '../../helpers/body-build';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SYMBOLS = 'Noto Sans Symbols 2';
const BODY = '参加人员：☑科协委员，已确认✔，流程→完成。';

async function docxOf(body: string, embedFonts: boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-docx-symbol-'));
  try {
    const file = path.join(dir, 'issue.yaml');
    fs.writeFileSync(file, issueYaml([{ title: '勾选', body }], 'kexie'));
    return readDocx(await renderDocx(compileIssue(file).model!, { embedFonts }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The embedded font of `family`, de-obfuscated, or null when the family embeds none. */
function embedded(docx: ReturnType<typeof readDocx>, family: string): Font | null {
  const entry = new RegExp(
    `<w:font w:name="${family}">(?:(?!</w:font>)[\\s\\S])*?<w:embedRegular r:id="(rId\\d+)" w:fontKey="(\\{[^}]+\\})"`,
  ).exec(docx.xml['word/fontTable.xml']);
  if (!entry) return null;
  const target = new RegExp(`Id="${entry[1]}" Type="[^"]+/font" Target="(fonts/font\\d+\\.odttf)"`).exec(
    docx.xml['word/_rels/fontTable.xml.rels'],
  )![1];
  return fontkit.create(Buffer.from(obfuscateFont(docx.bytes[`word/${target}`], entry[2]))) as Font;
}

test('☑ and ✔ are runs of the symbol face; the text around them and → (which the body face has) keep the style’s family', async () => {
  const built = await buildArticles([{ title: '勾选', body: BODY }], 'kexie');
  const paragraph = built.docxXml.find((p) => p.includes('参加人员'))!;
  const runs = [...paragraph.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => ({
    font: /<w:rFonts w:ascii="([^"]+)"/.exec(m[1])?.[1] ?? null,
    text: [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
  expect(runs.map((r) => r.text).join('')).toBe(BODY);
  expect(runs.filter((r) => r.font === SYMBOLS).map((r) => r.text)).toEqual(['☑', '✔']);
  expect(runs.filter((r) => r.font !== SYMBOLS).every((r) => r.font === null)).toBe(true);
  expect(paragraph).toMatch(new RegExp(`<w:rFonts w:ascii="${SYMBOLS}" w:cs="${SYMBOLS}" w:eastAsia="${SYMBOLS}" w:hAnsi="${SYMBOLS}"/>`));
});

for (const embedFonts of [false, true])
  test(`the DOCX carries a subset of the symbol face with exactly the symbols it sets (embedFonts: ${embedFonts})`, async () => {
    const docx = await docxOf(BODY, embedFonts);
    const font = embedded(docx, SYMBOLS);
    expect(font).not.toBeNull();
    for (const ch of '☑✔') expect(font!.hasGlyphForCodePoint(ch.codePointAt(0)!)).toBe(true);
    for (const ch of '→☐参') expect(font!.hasGlyphForCodePoint(ch.codePointAt(0)!)).toBe(false);
    expect(docx.xml['word/settings.xml']).toContain('<w:embedTrueTypeFonts/>');
    // A Unicode symbol face, not a Chinese one: no GB2312 charset for it.
    expect(docx.xml['word/fontTable.xml']).toMatch(new RegExp(`<w:font w:name="${SYMBOLS}"><w:charset w:val="00"/>`));
  });

test('a document without such a symbol names no symbol face and embeds nothing', async () => {
  const docx = await docxOf('流程→完成，★重点。', false);
  expect(docx.xml['word/fontTable.xml']).not.toContain(SYMBOLS);
  expect(docx.xml['word/document.xml']).not.toContain(SYMBOLS);
  expect(docx.names.filter((n) => n.endsWith('.odttf'))).toEqual([]);
});

test('a DOCX with symbols stays byte-identical across renders (the subset is made the same way each time)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-docx-symbol-'));
  try {
    const file = path.join(dir, 'issue.yaml');
    fs.writeFileSync(file, issueYaml([{ title: '勾选', body: BODY }], 'kexie'));
    const model = compileIssue(file).model!;
    expect(Buffer.compare(await renderDocx(model), await renderDocx(model))).toBe(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
