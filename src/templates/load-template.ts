// Finds a template by name or path and compiles it once per cache (a build context's, or the
// process's for one-off commands). What a template is and how
// it compiles live in find-template.ts and compile-template.ts; this is the lookup and the cache.
// A built-in template unchanged since jianbao was built comes precompiled (precompiled.ts), and
// then the compiler and its checks are never loaded.
import { diag } from '../diagnostics/make';
import { isFormat } from '../render/registry';
import type { TemplateResult } from './compile-template';
import { builtinTemplateNames, findTemplateDir } from './find-template';
import { contentDigest, precompiledTemplate } from './precompiled';
import { refusedTemplateFiles } from './template-files';

export { BUILTIN_TEMPLATES_DIR, builtinTemplateNames } from './find-template';
export type { LoadedTemplate, TemplateResult } from './compile-template';

/** Compiled templates by folder, each kept with the signature of the files it was compiled from. */
export class TemplateCache {
  private readonly entries = new Map<string, { signature: string; result: TemplateResult }>();

  get(dir: string, signature: string): TemplateResult | undefined {
    const entry = this.entries.get(dir);
    return entry?.signature === signature ? entry.result : undefined;
  }

  set(dir: string, signature: string, result: TemplateResult): void {
    this.entries.set(dir, { signature, result });
  }
}

/** For commands that load a template once (check, fonts, index); builds bring their own. */
const processCache = new TemplateCache();

export function loadTemplate(ref: string, issueDir: string, cache: TemplateCache = processCache): TemplateResult {
  const dir = findTemplateDir(ref, issueDir);
  if (!dir) {
    // `-t pdf`: pandoc's -t is the output format, ours the template.
    const args: Record<string, string> = { name: ref, available: builtinTemplateNames().join(', ') };
    if (isFormat(ref.toLowerCase())) args.format = ref.toLowerCase();
    return { ok: false, diagnostics: [diag('JB401', ref, null, args)] };
  }
  const refused = refusedTemplateFiles(dir);
  if (refused.length) return { ok: false, diagnostics: refused };
  // The bytes of every file the template reads: an edited template is compiled afresh (a long
  // batch or watch sees it, even when size and time are kept), an unchanged one never twice.
  const signature = contentDigest(dir);
  const cached = cache.get(dir, signature);
  if (cached) return cached;
  const precompiled = precompiledTemplate(dir);
  const result: TemplateResult = precompiled
    ? { ok: true, template: precompiled }
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, off the startup path
    : (require('./compile-template') as typeof import('./compile-template')).compileTemplate(dir);
  cache.set(dir, signature, result);
  return result;
}
