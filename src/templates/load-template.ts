// Finds a template by name or path and compiles it once per process. What a template is and how
// it compiles live in find-template.ts and compile-template.ts; this is the lookup and the cache.
import { diag } from '../diagnostics/make';
import { compileTemplate, type TemplateResult } from './compile-template';
import { builtinTemplateNames, findTemplateDir } from './find-template';

export { BUILTIN_TEMPLATES_DIR, builtinTemplateNames } from './find-template';
export type { LoadedTemplate, TemplateResult } from './compile-template';

const cache = new Map<string, TemplateResult>();

export function loadTemplate(ref: string, issueDir: string): TemplateResult {
  const dir = findTemplateDir(ref, issueDir);
  if (!dir) return { ok: false, diagnostics: [diag('JB401', ref, null, { name: ref, available: builtinTemplateNames().join(', ') })] };
  const cached = cache.get(dir);
  if (cached) return cached;
  const result = compileTemplate(dir);
  cache.set(dir, result);
  return result;
}
