// The fonts that ship with jianbao through npm (SIL Open Font License). The 楷 role gets a real
// 楷: LXGW WenKai (霞鹜文楷), which npm carries only as WOFF2, turned into TrueType once in the
// user's cache folder (woff2-cache.ts). The 宋体 role gets a real Song, Noto Serif SC. No complete
// free Simplified FangSong or XiaoBiaoSong exists, so those roles fall back to the closest Noto
// face; the DOCX still names the real Chinese family so Word/WPS use the user's font.
import path from 'node:path';
import type { FontFace, FontRole } from '../model/model';
import { userCacheDir } from './user-cache-dir';
import { cachedTrueType } from './woff2-cache';

function notoFile(pkg: 'noto-serif-sc' | 'noto-sans-sc', weight: string): string {
  const dir = path.dirname(require.resolve(`@expo-google-fonts/${pkg}/package.json`));
  const family = pkg === 'noto-serif-sc' ? 'NotoSerifSC' : 'NotoSansSC';
  return path.join(dir, weight, `${family}_${weight}.ttf`);
}

/** Chinese family names an editor's Word/WPS knows, per role. */
export const DOCX_FAMILIES: Record<FontRole, string> = {
  title: '方正小标宋简体',
  heading: '黑体',
  kai: '楷体',
  body: '仿宋',
  song: '宋体',
};

/** The WOFF2 of LXGW WenKai Regular (fontsource files it under its 500 weight, "latin": it is the whole font). */
export function wenkaiWoff2(): string {
  return require.resolve('@fontsource/lxgw-wenkai/files/lxgw-wenkai-latin-500-normal.woff2');
}

/** A bundled face: the file, and the name `jianbao fonts` shows for it. */
export interface BundledFace extends FontFace {
  name: string;
  /** Set when the face stands in for the role's real family because no complete free font of it exists. */
  standIn?: true;
}

/** Why the 楷 could not be made, per cache folder: tried once per process, not per issue. */
const kaiProblems = new Map<string, string>();

/** The bundled 楷; `problem` says why the stand-in (Noto Serif SC Medium) serves instead. */
export function bundledKai(cacheDir = userCacheDir()): { face: BundledFace; problem?: string } {
  let problem = kaiProblems.get(cacheDir);
  if (problem === undefined) {
    try {
      const file = cachedTrueType(wenkaiWoff2(), 'LXGWWenKai-Regular', path.join(cacheDir, 'fonts'));
      return { face: { family: DOCX_FAMILIES.kai, file, name: 'LXGW WenKai 霞鹜文楷' } };
    } catch (e) {
      problem = e instanceof Error ? e.message : String(e);
      kaiProblems.set(cacheDir, problem);
    }
  }
  return { face: { family: DOCX_FAMILIES.kai, file: notoFile('noto-serif-sc', '500Medium'), name: 'Noto Serif SC Medium' }, problem };
}

/** The bundled face of one role; the 楷 is made (once per machine) only when asked for. */
export function bundledFace(role: FontRole, cacheDir = userCacheDir()): BundledFace {
  switch (role) {
    case 'title':
      return { family: DOCX_FAMILIES.title, file: notoFile('noto-serif-sc', '700Bold'), name: 'Noto Serif SC Bold', standIn: true };
    case 'heading':
      return { family: DOCX_FAMILIES.heading, file: notoFile('noto-sans-sc', '500Medium'), name: 'Noto Sans SC Medium' };
    case 'kai':
      return bundledKai(cacheDir).face;
    case 'body':
      return { family: DOCX_FAMILIES.body, file: notoFile('noto-serif-sc', '400Regular'), name: 'Noto Serif SC', standIn: true };
    case 'song':
      // The body's stand-in file too: one font parsed and embedded for both roles.
      return { family: DOCX_FAMILIES.song, file: notoFile('noto-serif-sc', '400Regular'), name: 'Noto Serif SC' };
  }
}

/** Every role's bundled face as the renderers take it (family and file). */
export function bundledFonts(): Record<FontRole, FontFace> {
  const face = (role: FontRole): FontFace => {
    const { family, file } = bundledFace(role);
    return { family, file };
  };
  return { title: face('title'), heading: face('heading'), kai: face('kai'), body: face('body'), song: face('song') };
}
