// The fonts that ship with jianbao through npm (SIL Open Font License). No complete Simplified
// FangSong, Kai or XiaoBiaoSong exists on npm, so each GB/T 9704 role falls back to the closest
// Noto face; the DOCX still names the real Chinese family so Word/WPS use the user's font.
import path from 'node:path';
import type { FontFace, FontRole } from '../model/model';

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
};

export function bundledFonts(): Record<FontRole, FontFace> {
  return {
    title: { family: DOCX_FAMILIES.title, file: notoFile('noto-serif-sc', '700Bold') },
    heading: { family: DOCX_FAMILIES.heading, file: notoFile('noto-sans-sc', '500Medium') },
    kai: { family: DOCX_FAMILIES.kai, file: notoFile('noto-serif-sc', '500Medium') },
    body: { family: DOCX_FAMILIES.body, file: notoFile('noto-serif-sc', '400Regular') },
  };
}
