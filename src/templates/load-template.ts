// Finds a template by name or path and compiles it once per process. What a template is and how
// it compiles live in find-template.ts and compile-template.ts; this is the lookup and the cache.
import fs from 'node:fs';
import path from 'node:path';
import { diag } from '../diagnostics/make';
import { compileTemplate, MAIN_FILE, type TemplateResult } from './compile-template';
import { builtinTemplateNames, findTemplateDir, MANIFEST_FILE } from './find-template';

export { BUILTIN_TEMPLATES_DIR, builtinTemplateNames } from './find-template';
export type { LoadedTemplate, TemplateResult } from './compile-template';

const cache = new Map<string, { signature: string; result: TemplateResult }>();

/** Size and mtime of every file the template reads: an edited template is compiled afresh
 *  (a long-running batch or watch sees the change), an unchanged one never twice. */
function signatureOf(dir: string): string {
  const partials = path.join(dir, 'partials');
  const files = [MANIFEST_FILE, MAIN_FILE, ...(fs.existsSync(partials) ? fs.readdirSync(partials).sort().map((f) => path.join('partials', f)) : [])];
  return files
    .map((f) => {
      const st = fs.statSync(path.join(dir, f), { throwIfNoEntry: false });
      return `${f}:${st?.size ?? '-'}:${st?.mtimeMs ?? '-'}`;
    })
    .join('|');
}

export function loadTemplate(ref: string, issueDir: string): TemplateResult {
  const dir = findTemplateDir(ref, issueDir);
  if (!dir) return { ok: false, diagnostics: [diag('JB401', ref, null, { name: ref, available: builtinTemplateNames().join(', ') })] };
  const signature = signatureOf(dir);
  const cached = cache.get(dir);
  if (cached?.signature === signature) return cached.result;
  const result = compileTemplate(dir);
  cache.set(dir, { signature, result });
  return result;
}
