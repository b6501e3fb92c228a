// The bundled 楷 (issue #23 item 4): LXGW WenKai, shipped by npm as WOFF2, is unpacked to
// TrueType once into a private cache folder named by the WOFF2's content, set for the kai role
// (本期要目, （来源）, captions, bylines) in a small subset, and checked by the glyph preflight.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import PDFDocument from 'pdfkit';
import { bundledKai, wenkaiWoff2 } from '../../src/fonts/bundled';
import { openFont } from '../../src/fonts/open-font';
import { resolveFonts } from '../../src/fonts/resolve';
import { sfntProblem } from '../../src/fonts/sfnt-bounds';
import { userCacheDir } from '../../src/fonts/user-cache-dir';
import { cachedTrueType } from '../../src/fonts/woff2-cache';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderPdf } from '../../src/render/pdf';
import { installFonts } from '../../src/render/pdf/shared-fonts';
import type { Fonts } from '../../src/render/pdf/paragraph';
import { FONT_ROLES } from '../../src/model/model';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { renderDocx } from '../../src/render/docx';
import { obfuscateFont } from '../../src/render/docx/obfuscate-font';
import { readDocx } from '../helpers/docx-read';
import { embeddedFontNames, readPdf } from '../helpers/pdf-read';

const FAMILIES = { title: { family: '方正小标宋简体' }, heading: { family: '黑体' }, kai: { family: '楷体' }, body: { family: '仿宋' } };
let tmp: string;
let cache: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-kai-'));
  cache = path.join(tmp, 'cache');
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the user cache folder', () => {
  it('is the one bin/jianbao gives Node’s compile cache, per system', () => {
    expect(userCacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/u')).toBe(path.join('/x/cache', 'jianbao'));
    expect(userCacheDir({}, 'linux', '/home/u')).toBe(path.join('/home/u', '.cache', 'jianbao'));
    expect(userCacheDir({}, 'darwin', '/Users/u')).toBe(path.join('/Users/u', 'Library', 'Caches', 'jianbao'));
    expect(userCacheDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u')).toBe(
      path.join('C:\\Users\\u\\AppData\\Local', 'jianbao', 'Cache'),
    );
  });
});

describe('the WOFF2 → TrueType cache', () => {
  it('unpacks LXGW WenKai once into a private folder, under the size and CRC-32 of the WOFF2', () => {
    const ttf = cachedTrueType(wenkaiWoff2(), 'LXGWWenKai-Regular', cache);
    const bytes0 = fs.readFileSync(wenkaiWoff2());
    const key = `${bytes0.length.toString(16)}-${zlib.crc32(bytes0).toString(16).padStart(8, '0')}`;
    expect(ttf).toBe(path.join(cache, `LXGWWenKai-Regular-${key}.ttf`));
    if (process.platform !== 'win32') expect(fs.statSync(cache).mode & 0o777).toBe(0o700);
    const bytes = fs.readFileSync(ttf);
    expect(bytes.readUInt32BE(0)).toBe(0x00010000); // TrueType, not WOFF2
    expect(sfntProblem(bytes)).toBeNull();
    const { font } = openFont({ family: '楷体', file: ttf });
    expect(font.postscriptName).toBe('LXGWWenKai-Regular');
    for (const ch of '本期要目（市科协学会部）记者摄') expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!)).toBe(true);
  });

  it('does not unpack again: a later process, and a copy of the WOFF2, find the file by its content', () => {
    const ttf = cachedTrueType(wenkaiWoff2(), 'LXGWWenKai-Regular', cache);
    const before = fs.statSync(ttf).mtimeMs;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module registry stands for a later process
      const fresh = require('../../src/fonts/woff2-cache') as typeof import('../../src/fonts/woff2-cache');
      expect(fresh.cachedTrueType(wenkaiWoff2(), 'LXGWWenKai-Regular', cache)).toBe(ttf);
      const copy = path.join(tmp, 'copy.woff2');
      fs.copyFileSync(wenkaiWoff2(), copy);
      expect(fresh.cachedTrueType(copy, 'LXGWWenKai-Regular', cache)).toBe(ttf);
    });
    expect(fs.statSync(ttf).mtimeMs).toBe(before);
    expect(fs.readdirSync(cache).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('an edited WOFF2 with the same size and time is never served the old TrueType file', () => {
    const copy = path.join(tmp, 'edited.woff2');
    fs.copyFileSync(wenkaiWoff2(), copy);
    const SECONDS = 1_000_000_000; // a whole second: the time set again below is exactly this one
    fs.utimesSync(copy, SECONDS, SECONDS);
    const ttf = cachedTrueType(copy, 'LXGWWenKai-Regular', cache);
    const bytes = fs.readFileSync(copy);
    bytes[bytes.length - 1] ^= 0xff;
    fs.writeFileSync(copy, bytes);
    fs.utimesSync(copy, SECONDS, SECONDS);
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module registry stands for a later process
      const fresh = require('../../src/fonts/woff2-cache') as typeof import('../../src/fonts/woff2-cache');
      let got: string | null;
      try {
        got = fresh.cachedTrueType(copy, 'LXGWWenKai-Regular', cache);
      } catch {
        got = null; // the damaged font is refused: also not the stale file
      }
      expect(got).not.toBe(ttf);
    });
  });
});

describe('the kai role', () => {
  it('resolves to LXGW WenKai when no 楷体 is installed; an installed one still wins', () => {
    const r = resolveFonts(FAMILIES, tmp, 'manifest.yaml', { searchDirs: [], cacheDir: tmp });
    expect(r.diagnostics).toEqual([]);
    expect(r.origins.kai).toBe('bundled');
    expect(r.fonts.kai).toEqual({ family: '楷体', file: bundledKai(tmp).face.file });
    expect(openFont(r.fonts.kai).font.postscriptName).toBe('LXGWWenKai-Regular');
    const installed = path.join(tmp, 'installed');
    fs.mkdirSync(installed);
    fs.copyFileSync(r.fonts.body.file, path.join(installed, 'simkai.ttf'));
    const mine = resolveFonts(FAMILIES, tmp, 'manifest.yaml', { searchDirs: [installed], cacheDir: tmp });
    expect(mine.fonts.kai.file).toBe(path.join(installed, 'simkai.ttf'));
    expect(mine.origins.kai).toBe('installed');
  });

  it('falls back to Noto Serif SC Medium with warning JB520 when the cache folder cannot be made', () => {
    const blocked = path.join(tmp, 'a-file');
    fs.writeFileSync(blocked, 'not a folder');
    const r = resolveFonts(FAMILIES, tmp, 'manifest.yaml', { searchDirs: [], cacheDir: blocked });
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['JB520', 'warning']]);
    expect(r.diagnostics[0].args?.reason).toMatch(/EEXIST|ENOTDIR/);
    expect(path.basename(r.fonts.kai.file)).toBe('NotoSerifSC_500Medium.ttf');
    expect(bundledKai(blocked)).toMatchObject({ face: { name: 'Noto Serif SC Medium' }, problem: expect.any(String) });
  });

  it('embeds a small subset: a few characters cost kilobytes, not the 16 MB face', async () => {
    const font = openFont(bundledKai(tmp).face).font;
    const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
    installFonts(doc, Object.fromEntries(FONT_ROLES.map((role) => [role, { font }])) as Fonts);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((resolve) => doc.on('end', resolve));
    doc.addPage().font('kai').fontSize(14).text('本期要目（市科协学会部）记者摄影');
    doc.end();
    await done;
    const pdf = Buffer.concat(chunks);
    expect(embeddedFontNames(pdf)).toEqual([expect.stringMatching(/^[A-Z]{6}\+LXGWWenKai-Regular$/)]);
    expect(pdf.length).toBeLessThan(20_000);
  });

  it('sets the sample’s 本期要目 entries and （来源） in LXGW WenKai, the body not', async () => {
    const model = compileIssue(path.join(__dirname, '..', '..', 'samples', 'wenzhou-kexie-2022-04.yaml')).model!;
    const pdf = await renderPdf(model);
    const items = readPdf(pdf).flatMap((p) => p.items);
    const kai = items
      .filter((i) => /LXGWWenKai-Regular$/.test(i.fontName))
      .map((i) => i.text)
      .join('');
    expect(kai).toContain('（市科协学会部）');
    // WenKai draws “” 0.35 em wide: those come from the Song face (full width), the words around them in 楷.
    expect(kai).toContain('温州市科创中国试点城市建设推进会召开');
    const entry = items.find((j) => j.text.startsWith('温州市') && /LXGWWenKai-Regular$/.test(j.fontName))!;
    const line = items.filter((i) => i.y === entry.y && Math.abs(i.x - entry.x) < 400);
    expect(line.map((i) => i.text).join('')).toContain('温州市“科创中国”试点城市建设推进会召开');
    expect(line.filter((i) => /[“”]/.test(i.text)).every((i) => /NotoSerifSC-Regular$/.test(i.fontName))).toBe(true);
    const body = items.find((i) => i.text.startsWith('4月'));
    expect(body?.fontName).toMatch(/NotoSerifSC-Regular$/);
    // The whole sample grows by the 楷 subset only: a few hundred kilobytes in all.
    expect(pdf.length).toBeLessThan(400_000);
  });

  it('is embedded in the DOCX with --embed-fonts as a small LXGW WenKai subset for 楷体', async () => {
    const model = compileIssue(path.join(__dirname, '..', '..', 'samples', 'wenzhou-kexie-2022-04.yaml')).model!;
    const docx = readDocx(await renderDocx(model, { embedFonts: true }));
    const entry = /<w:font w:name="楷体">[\s\S]*?<w:embedRegular r:id="(rId\d+)" w:fontKey="(\{[^}]+\})" w:subsetted="1"\/><\/w:font>/.exec(
      docx.xml['word/fontTable.xml'],
    )!;
    const target = new RegExp(`Id="${entry[1]}" Type="[^"]+/font" Target="(fonts/font\\d+\\.odttf)"`).exec(
      docx.xml['word/_rels/fontTable.xml.rels'],
    )![1];
    const embedded = docx.bytes[`word/${target}`];
    const font = fontkit.create(Buffer.from(obfuscateFont(embedded, entry[2]))) as Font;
    expect(font.postscriptName).toBe('LXGWWenKai-Regular');
    for (const ch of '（市科协学会部）') expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!)).toBe(true);
    expect(embedded.length).toBeLessThan(200_000);
  });
});
