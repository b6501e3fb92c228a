// Decides which font file each role uses: the template's (or config's) file when it names one,
// else the bundled Noto face. The DOCX family name comes from the template so Word/WPS use the
// editor's own 仿宋/黑体/楷体/小标宋.
import fs from 'node:fs';
import path from 'node:path';
import { diag } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { FONT_ROLES, type FontFace, type FontRole } from '../layout/model';
import { bundledFonts } from './bundled';

export interface FontRequest {
  family: string;
  file?: string;
  postscriptName?: string;
}

export function resolveFonts(
  requests: Partial<Record<FontRole, FontRequest>>,
  baseDir: string,
  reportAs: string,
): { fonts: Record<FontRole, FontFace>; diagnostics: Diagnostic[] } {
  const bundled = bundledFonts();
  const diagnostics: Diagnostic[] = [];
  const fonts = {} as Record<FontRole, FontFace>;
  for (const role of FONT_ROLES) {
    const want = requests[role];
    const family = want?.family ?? bundled[role].family;
    if (want?.file) {
      const file = path.resolve(baseDir, want.file);
      if (fs.existsSync(file) && fs.statSync(file).isFile()) {
        fonts[role] = { family, file, ...(want.postscriptName ? { postscriptName: want.postscriptName } : {}) };
        continue;
      }
      diagnostics.push(diag('JB601', reportAs, null, { role, path: want.file, reason: fs.existsSync(file) ? 'not a file' : 'not found' }));
    }
    fonts[role] = { ...bundled[role], family };
  }
  return { fonts, diagnostics };
}
