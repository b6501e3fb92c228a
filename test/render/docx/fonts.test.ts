// The font table and --embed-fonts: every family is declared as a Chinese font; embedded fonts are
// obfuscated subsets holding exactly the characters used, and the document stays reproducible.
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { renderDocx } from '../../../src/render/docx';
import { fontUsage } from '../../../src/render/docx/font-usage';
import { fontKeyFor, obfuscateFont } from '../../../src/render/docx/obfuscate-font';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic';
import { fixtureModel } from '../../fixtures/model';
import { readDocx } from '../../helpers/docx-read';

const families = ['方正小标宋简体', '黑体', '楷体', '仿宋'];

test('without --embed-fonts: one GB2312 entry per family, with a fallback font and its kind, nothing embedded', async () => {
  const docx = readDocx(await renderDocx(fixtureModel()));
  const table = docx.xml['word/fontTable.xml'];
  const entry = (f: string) => new RegExp(`<w:font w:name="${f}">([\\s\\S]*?)</w:font>`).exec(table)![1];
  for (const f of families)
    expect(entry(f)).toMatch(/^<w:altName w:val="[^"]+"\/><w:panose1 w:val="[0-9A-F]{20}"\/><w:charset w:val="86"\/>/);
  // A machine lacking one role's font falls back per role, not to one face for all: the title to
  // 宋体, 仿宋 and 楷体 to their GB2312 builds; Song is a serif kind, 黑体/仿宋/楷体 are not.
  expect(entry('方正小标宋简体')).toContain('<w:altName w:val="宋体"/>');
  expect(entry('仿宋')).toContain('<w:altName w:val="仿宋_GB2312"/>');
  expect(entry('楷体')).toContain('<w:altName w:val="楷体_GB2312"/>');
  expect(entry('黑体')).toContain('<w:altName w:val="SimHei"/>');
  expect(entry('方正小标宋简体')).toContain('<w:family w:val="auto"/><w:pitch w:val="variable"/>');
  expect(entry('黑体')).toContain('<w:family w:val="modern"/><w:pitch w:val="fixed"/>');
  expect(new Set(families.map((f) => /<w:altName w:val="([^"]+)"/.exec(entry(f))![1])).size).toBe(families.length);
  expect(table).not.toContain('embedRegular');
  expect(docx.names.filter((n) => n.endsWith('.odttf'))).toEqual([]);
  expect(docx.xml['word/settings.xml']).not.toContain('embedTrueTypeFonts');
});

test('the font table lists the same families in the same order whether or not characters are collected', () => {
  const model = fixtureModel();
  const withChars = fontUsage(model);
  const familiesOnly = fontUsage(model, false);
  expect(familiesOnly.map((u) => u.family)).toEqual(withChars.map((u) => u.family));
  expect(familiesOnly.every((u) => u.chars.size === 0)).toBe(true);
  expect(withChars.some((u) => u.chars.size > 0)).toBe(true);
});

test('obfuscation XORs the first 32 bytes with the reversed GUID and is its own inverse', () => {
  const font = Uint8Array.from({ length: 40 }, (_, i) => i);
  const key = '{00112233-4455-6677-8899-AABBCCDDEEFF}';
  const out = obfuscateFont(font, key);
  expect(out[0]).toBe(0 ^ 0xff); // first byte with the GUID's last byte
  expect(out[15]).toBe(15 ^ 0x00);
  expect(out[16]).toBe(16 ^ 0xff);
  expect(out[32]).toBe(32); // untouched from byte 32 on
  expect(obfuscateFont(out, key)).toEqual(font);
  expect(fontKeyFor(font)).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/);
});

describe('with --embed-fonts', () => {
  const model = fixtureModel();
  let bytes: Buffer;
  let docx: ReturnType<typeof readDocx>;
  beforeAll(async () => {
    bytes = await renderDocx(model, { embedFonts: true });
    docx = readDocx(bytes);
  });

  test('each family embeds an obfuscated subset with exactly the characters it shows', () => {
    const table = docx.xml['word/fontTable.xml'];
    const rels = docx.xml['word/_rels/fontTable.xml.rels'];
    const body = '4月7日-8日，市科协举办第十一期“农技云培训”（市科协科普部）';
    for (const f of families) {
      const entry = new RegExp(
        `<w:font w:name="${f}">[\\s\\S]*?<w:embedRegular r:id="(rId\\d+)" w:fontKey="(\\{[^}]+\\})" w:subsetted="1"/></w:font>`,
      ).exec(table)!;
      const target = new RegExp(`Id="${entry[1]}" Type="[^"]+/font" Target="(fonts/font\\d+\\.odttf)"`).exec(rels)![1];
      // A subset is a single font, never a collection.
      const font = fontkit.create(Buffer.from(obfuscateFont(docx.bytes[`word/${target}`], entry[2]))) as Font;
      if (f === '仿宋') {
        for (const ch of body) expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!)).toBe(true);
        expect(font.hasGlyphForCodePoint('鑫'.codePointAt(0)!)).toBe(false);
        // Page numbers (— 1 —) are set in the body font too.
        expect(font.hasGlyphForCodePoint('—'.codePointAt(0)!)).toBe(true);
      }
      // A whole Noto face is ~15 MB; the fixture's subsets hold a few hundred glyphs at most.
      expect(docx.bytes[`word/${target}`].length).toBeLessThan(200_000);
    }
    expect(docx.xml['word/settings.xml']).toMatch(/<w:embedTrueTypeFonts\/><w:saveSubsetFonts\/><w:mirrorMargins\/>/);
    expect(docx.xml['[Content_Types].xml']).toContain('Extension="odttf"');
  });

  test('stays small and byte-identical across renders', async () => {
    expect(bytes.length).toBeLessThan(400_000);
    expect(Buffer.compare(bytes, await renderDocx(model, { embedFonts: true }))).toBe(0);
  });

  test('a font collection is named, not embedded, with a JB720 warning', async () => {
    const m = fixtureModel();
    m.fonts.kai = { ...m.fonts.kai, file: '/fonts/simkai.ttc', postscriptName: 'KaiTi' };
    const diagnostics: Diagnostic[] = [];
    const out = readDocx(await renderDocx(m, { embedFonts: true, diagnostics }));
    expect(diagnostics.map((d) => [d.code, d.severity, d.args.family])).toEqual([['JB720', 'warning', '楷体']]);
    expect(out.xml['word/fontTable.xml']).toMatch(/<w:font w:name="楷体">(?:(?!<\/w:font>)[\s\S])*<\/w:font>/);
    expect(/<w:font w:name="楷体">((?:(?!<\/w:font>)[\s\S])*)<\/w:font>/.exec(out.xml['word/fontTable.xml'])![1]).not.toContain(
      'embedRegular',
    );
  });
});
