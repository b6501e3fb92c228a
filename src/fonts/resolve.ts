// Decides which font file each role uses, in this order: the file the template names → the
// family installed on this machine (Windows, macOS, fontconfig folders) → the bundled face (Noto,
// or LXGW WenKai for 楷), made only when a role falls to it.
// The DOCX family name always comes from the template so Word/WPS use the editor's own font.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diag } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { FONT_ROLES, type FontFace, type FontRole } from '../model/model';
import { fontFileDeclaredAt } from './declared-at';
import { bundledFace, bundledKai, DOCX_FAMILIES } from './bundled';
import { findInstalled } from './installed';
import { collectionFaces } from './open-font';
import { systemFontDirs } from './system-dirs';

export interface FontRequest {
  family: string;
  file?: string;
  postscriptName?: string;
  /** The file that named `file` when it is not the template's manifest (the series config). */
  declaredIn?: string;
}

export type FontOrigin = 'config' | 'template' | 'installed' | 'bundled';

export interface ResolvedFonts {
  fonts: Record<FontRole, FontFace>;
  origins: Record<FontRole, FontOrigin>;
  diagnostics: Diagnostic[];
}

export interface ResolveOptions {
  /** Where installed fonts are looked for; default: this machine's font folders. */
  searchDirs?: readonly string[];
  /** Where the bundled 楷 is unpacked; default: the user's cache folder. */
  cacheDir?: string;
}

let defaultDirs: string[] | null = null;
function machineDirs(): string[] {
  defaultDirs ??= systemFontDirs({ platform: process.platform, env: process.env, home: os.homedir() });
  return defaultDirs;
}

/** Why a named file cannot serve as a face, as a diagnostic; null when it can. */
function checkFile(role: FontRole, want: FontRequest, file: string, reportAs: string): Diagnostic | null {
  const args = { role, path: want.file! };
  // Only when there is a problem: the line of the config that names the file.
  const at = () => (want.declaredIn ? fontFileDeclaredAt(want.declaredIn, role) : null);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    return diag('JB601', reportAs, at(), {
      ...args,
      reason: !fs.existsSync(file) ? 'not found' : fs.statSync(file).isDirectory() ? 'a folder' : 'not a file',
    });
  let list: string[] | null;
  try {
    list = collectionFaces(file);
  } catch (e) {
    return diag('JB602', reportAs, at(), { ...args, reason: (e as Error).message });
  }
  if (list && !(want.postscriptName && list.includes(want.postscriptName))) {
    const reason = want.postscriptName ? `no face "${want.postscriptName}"` : 'no postscriptName given';
    return diag('JB603', reportAs, at(), { ...args, reason, faces: list.join(', ') });
  }
  return null;
}

/** The installed face of a family, with the face of a collection picked; null when absent. */
function installedFace(family: string, dirs: readonly string[]): FontFace | null {
  const found = findInstalled(family, dirs);
  if (!found) return null;
  try {
    const list = collectionFaces(found.file);
    if (!list) return { family, file: found.file };
    const face = list.find((name) => found.face?.test(name));
    return face ? { family, file: found.file, postscriptName: face } : null;
  } catch {
    return null; // a damaged installed file is passed over, not reported: the editor did not name it
  }
}

export function resolveFonts(
  requests: Partial<Record<FontRole, FontRequest>>,
  baseDir: string,
  reportAs: string,
  opts: ResolveOptions = {},
): ResolvedFonts {
  const dirs = opts.searchDirs ?? machineDirs();
  const diagnostics: Diagnostic[] = [];
  const fonts = {} as Record<FontRole, FontFace>;
  const origins = {} as Record<FontRole, FontOrigin>;
  for (const role of FONT_ROLES) {
    const want = requests[role];
    const family = want?.family ?? DOCX_FAMILIES[role];
    if (want?.file) {
      const file = path.resolve(baseDir, want.file);
      const problem = checkFile(role, want, file, want.declaredIn ?? reportAs);
      if (!problem) {
        fonts[role] = { family, file, ...(want.postscriptName ? { postscriptName: want.postscriptName } : {}) };
        origins[role] = want.declaredIn ? 'config' : 'template';
        continue;
      }
      diagnostics.push(problem);
    }
    const installed = installedFace(family, dirs);
    origins[role] = installed ? 'installed' : 'bundled';
    if (installed) {
      fonts[role] = installed;
      continue;
    }
    const { file } = bundledFace(role, opts.cacheDir);
    fonts[role] = { family, file };
    const kaiProblem = role === 'kai' ? bundledKai(opts.cacheDir).problem : undefined;
    if (kaiProblem) diagnostics.push(diag('JB520', reportAs, null, { reason: kaiProblem }));
  }
  return { fonts, origins, diagnostics };
}
