// Finds a template by name or path and compiles it once per process. What a template is and how
// it compiles live in find-template.ts and compile-template.ts; this is the lookup and the cache.
// A built-in template unchanged since jianbao was built comes precompiled (precompiled.ts), and
// then the compiler and its checks are never loaded.
import fs from 'node:fs';
import path from 'node:path';
import { diag } from '../diagnostics/make';
import { isFormat } from '../render/registry';
import type { TemplateResult } from './compile-template';
import { builtinTemplateNames, findTemplateDir, templateFiles } from './find-template';
import { precompiledTemplate } from './precompiled';
import { refusedTemplateFiles } from './template-files';

export { BUILTIN_TEMPLATES_DIR, builtinTemplateNames } from './find-template';
export type { LoadedTemplate, TemplateResult } from './compile-template';

const cache = new Map<string, { signature: string; result: TemplateResult }>();

/** Size and mtime of every file the template reads: an edited template is compiled afresh
 *  (a long-running batch or watch sees the change), an unchanged one never twice. */
function signatureOf(dir: string): string {
  return templateFiles(dir)
    .map((f) => {
      const st = fs.statSync(path.join(dir, f), { throwIfNoEntry: false });
      return `${f}:${st?.size ?? '-'}:${st?.mtimeMs ?? '-'}`;
    })
    .join('|');
}

export function loadTemplate(ref: string, issueDir: string): TemplateResult {
  const dir = findTemplateDir(ref, issueDir);
  if (!dir) {
    // `-t pdf`: pandoc's -t is the output format, ours the template.
    const args: Record<string, string> = { name: ref, available: builtinTemplateNames().join(', ') };
    if (isFormat(ref.toLowerCase())) args.format = ref.toLowerCase();
    return { ok: false, diagnostics: [diag('JB401', ref, null, args)] };
  }
  const refused = refusedTemplateFiles(dir);
  if (refused.length) return { ok: false, diagnostics: refused };
  const signature = signatureOf(dir);
  const cached = cache.get(dir);
  if (cached?.signature === signature) return cached.result;
  const precompiled = precompiledTemplate(dir);
  const result: TemplateResult = precompiled
    ? { ok: true, template: precompiled }
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, off the startup path
    : (require('./compile-template') as typeof import('./compile-template')).compileTemplate(dir);
  cache.set(dir, { signature, result });
  return result;
}
