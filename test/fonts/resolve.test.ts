// Font resolution order, with the search directories pinned to temporary folders holding copies
// of the bundled Noto files under the names an editor's machine would have.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundledFonts } from '../../src/fonts/bundled';
import { openFont } from '../../src/fonts/open-font';
import { resolveFonts } from '../../src/fonts/resolve';
import { systemFontDirs } from '../../src/fonts/system-dirs';
import { makeCollection } from './make-ttc';

const bundled = bundledFonts();
const FAMILIES = { title: { family: '方正小标宋简体' }, heading: { family: '黑体' }, kai: { family: '楷体' }, body: { family: '仿宋' } };
let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-fonts-'));
  // Windows-style flat folder with 仿宋, fontconfig-style nested folder with 楷体.
  fs.mkdirSync(path.join(tmp, 'win'));
  fs.copyFileSync(bundled.body.file, path.join(tmp, 'win', 'SIMFANG.TTF'));
  fs.mkdirSync(path.join(tmp, 'linux', 'truetype', 'msfonts'), { recursive: true });
  fs.copyFileSync(bundled.kai.file, path.join(tmp, 'linux', 'truetype', 'msfonts', 'simkai.ttf'));
  fs.mkdirSync(path.join(tmp, 'broken'));
  fs.writeFileSync(path.join(tmp, 'broken', 'not-a-font.ttf'), 'hello');
  fs.mkdirSync(path.join(tmp, 'mac'));
  const collection = makeCollection([fs.readFileSync(bundled.heading.file), fs.readFileSync(bundled.title.file)]);
  fs.writeFileSync(path.join(tmp, 'mac', 'pair.ttc'), collection);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('resolveFonts', () => {
  it('takes installed fonts by family, in nested folders too, and falls back to the bundled ones', () => {
    const r = resolveFonts(FAMILIES, tmp, 'manifest.yaml', { searchDirs: [path.join(tmp, 'win'), path.join(tmp, 'linux')] });
    expect(r.diagnostics).toEqual([]);
    expect(r.fonts.body).toEqual({ family: '仿宋', file: path.join(tmp, 'win', 'SIMFANG.TTF') });
    expect(r.fonts.kai.file).toBe(path.join(tmp, 'linux', 'truetype', 'msfonts', 'simkai.ttf'));
    expect(r.origins).toEqual({ title: 'bundled', heading: 'bundled', kai: 'installed', body: 'installed', song: 'bundled' });
    expect(r.fonts.heading).toEqual({ ...bundled.heading, family: '黑体' });
    // The found file really is a font the renderer can open.
    expect(openFont(r.fonts.body).font.hasGlyphForCodePoint('仿'.codePointAt(0)!)).toBe(true);
  });

  it('gives the song role, when the template names none, 宋体: installed SimSun, else the bundled Noto Serif SC Regular', () => {
    const none = resolveFonts(FAMILIES, tmp, 'manifest.yaml', { searchDirs: [path.join(tmp, 'win')] });
    expect(none.fonts.song).toEqual({ family: '宋体', file: bundled.body.file });
    expect(none.origins.song).toBe('bundled');
    const dir = path.join(tmp, 'song');
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(bundled.body.file, path.join(dir, 'simsun.ttf'));
    const installed = resolveFonts(FAMILIES, tmp, 'manifest.yaml', { searchDirs: [path.join(tmp, 'win'), dir] });
    expect(installed.fonts.song).toEqual({ family: '宋体', file: path.join(dir, 'simsun.ttf') });
    expect(installed.origins.song).toBe('installed');
    // The body's installed 仿宋 does not become the song role's face.
    expect(installed.fonts.body.file).toBe(path.join(tmp, 'win', 'SIMFANG.TTF'));
  });

  it('prefers the file the template names over an installed one', () => {
    const r = resolveFonts({ ...FAMILIES, body: { family: '仿宋', file: 'linux/truetype/msfonts/simkai.ttf' } }, tmp, 'manifest.yaml', {
      searchDirs: [path.join(tmp, 'win')],
    });
    expect(r.fonts.body.file).toBe(path.join(tmp, 'linux', 'truetype', 'msfonts', 'simkai.ttf'));
    expect(r.origins.body).toBe('template');
  });

  it('takes a face of a .ttc collection by PostScript name', () => {
    const r = resolveFonts(
      { ...FAMILIES, title: { family: '方正小标宋简体', file: 'mac/pair.ttc', postscriptName: 'NotoSerifSC-Bold' } },
      tmp,
      'manifest.yaml',
      { searchDirs: [] },
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.fonts.title).toEqual({
      family: '方正小标宋简体',
      file: path.join(tmp, 'mac', 'pair.ttc'),
      postscriptName: 'NotoSerifSC-Bold',
    });
    expect(openFont(r.fonts.title).font.postscriptName).toBe('NotoSerifSC-Bold');
  });

  it('reports a wrong path, a file that is no font, and a collection without a face, naming role and path', () => {
    const r = resolveFonts(
      {
        title: { family: '小标宋', file: 'mac/pair.ttc' },
        heading: { family: '黑体', file: 'mac/pair.ttc', postscriptName: 'Nope' },
        kai: { family: '楷体', file: 'missing.ttf' },
        body: { family: '仿宋', file: 'broken/not-a-font.ttf' },
      },
      tmp,
      'templates/x/manifest.yaml',
      { searchDirs: [] },
    );
    const byRole = Object.fromEntries(r.diagnostics.map((d) => [d.args.role, d]));
    expect(byRole.kai).toMatchObject({
      code: 'JB601',
      file: 'templates/x/manifest.yaml',
      args: { path: 'missing.ttf', reason: 'not found' },
    });
    expect(byRole.body).toMatchObject({ code: 'JB602', args: { path: 'broken/not-a-font.ttf' } });
    expect(byRole.title).toMatchObject({ code: 'JB603', args: { path: 'mac/pair.ttc', faces: 'NotoSansSC-Medium, NotoSerifSC-Bold' } });
    expect(byRole.heading).toMatchObject({ code: 'JB603', args: { reason: 'no face "Nope"' } });
    expect(r.origins).toEqual({ title: 'bundled', heading: 'bundled', kai: 'bundled', body: 'bundled', song: 'bundled' });
  });
});

describe('systemFontDirs', () => {
  it('knows the Windows, macOS and fontconfig folders, after JIANBAO_FONT_DIRS', () => {
    expect(systemFontDirs({ platform: 'win32', env: { WINDIR: 'C:\\Windows' }, home: 'C:\\Users\\e' })[0]).toBe('C:\\Windows\\Fonts');
    expect(systemFontDirs({ platform: 'darwin', env: {}, home: '/Users/e' })).toContain('/System/Library/Fonts/Supplemental');
    const linux = systemFontDirs({ platform: 'linux', env: { JIANBAO_FONT_DIRS: `/opt/a${path.delimiter}/opt/b` }, home: '/home/e' });
    expect(linux).toEqual([
      '/opt/a',
      '/opt/b',
      '/home/e/.local/share/fonts',
      '/home/e/.fonts',
      '/usr/local/share/fonts',
      '/usr/share/fonts',
    ]);
  });
});
