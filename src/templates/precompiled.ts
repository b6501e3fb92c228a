// Owns the built-in templates as compiled when jianbao itself was built: `npm run build` checks
// each one in full (compile-template.ts) and writes its Handlebars code and resolved manifest to
// dist/templates/builtin-compiled.js (scripts/precompile-templates.js). A fresh process then
// skips Handlebars' compiler (~20 ms to load), parsing and checking the templates and their
// manifests (~70 ms): a third of a one-issue build's start. Only a built-in folder whose files
// are byte for byte those compiled is served from here; an edited one is compiled as any other.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TemplateDelegate } from 'handlebars';
import type { LoadedTemplate } from './compile-template';
import { BUILTIN_TEMPLATES_DIR, displayPath, MAIN_FILE, templateFiles } from './find-template';
import { COMPILE_OPTIONS, createRuntimeEnvironment } from './handlebars-env';
import type { ResolvedManifest } from './manifest';
import { printedIssueNumbers } from './issue-numbers';
import { withFile } from './template-errors';

/** Handlebars' precompiled form of one file, as `Handlebars.precompile` returns it (evaluated). */
type TemplateSpec = object;

export interface CompiledBuiltin {
  /** contentDigest() of the folder when it was compiled. */
  digest: string;
  name: string;
  manifest: ResolvedManifest;
  /** template.hbs and each partial by name. */
  main: TemplateSpec;
  partials: Record<string, TemplateSpec>;
}

export const COMPILED_MODULE = path.resolve(__dirname, 'builtin-compiled.js');

/** SHA-256 over the names and bytes of the files a template is compiled from. */
export function contentDigest(dir: string): string {
  const hash = crypto.createHash('sha256');
  for (const file of templateFiles(dir)) {
    const bytes = fs.readFileSync(path.join(dir, file));
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}

let compiled: Record<string, CompiledBuiltin> | null | undefined;

function compiledBuiltins(): Record<string, CompiledBuiltin> | null {
  if (compiled === undefined) {
    // Absent when dist/ was compiled by tsc alone (the precompile step not run): compile as usual.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, off the startup path
    compiled = fs.existsSync(COMPILED_MODULE) ? (require(COMPILED_MODULE) as Record<string, CompiledBuiltin>) : null;
  }
  return compiled;
}

/** The built-in template in `dir` as compiled at build time, or null when it must be compiled. */
export function precompiledTemplate(dir: string, builtins = compiledBuiltins()): LoadedTemplate | null {
  if (path.dirname(dir) !== BUILTIN_TEMPLATES_DIR) return null;
  const entry = builtins?.[path.basename(dir)];
  if (!entry) return null;
  let digest: string;
  try {
    digest = contentDigest(dir);
  } catch {
    return null; // a file gone missing: the full compile reports it
  }
  if (digest !== entry.digest) return null;
  const env = createRuntimeEnvironment();
  try {
    for (const [name, spec] of Object.entries(entry.partials)) {
      env.registerPartial(name, withFile(env.template(spec as never) as TemplateDelegate, displayPath(path.join(dir, 'partials', `${name}.hbs`))));
    }
    const file = displayPath(path.join(dir, MAIN_FILE));
    return {
      name: entry.name,
      dir,
      manifest: entry.manifest,
      file,
      render: withFile(env.template(entry.main as never) as TemplateDelegate, file),
      printedNumbers: printedIssueNumbers(dir),
    };
  } catch {
    // Compiled by another Handlebars than the one installed now (the runtime refuses its
    // code): compile the sources instead.
    return null;
  }
}

/**
 * One entry of dist/templates/builtin-compiled.js, as JavaScript source: the template must
 * already have compiled cleanly (compileTemplate), which is what makes skipping the checks safe.
 */
export function precompiledSource(template: LoadedTemplate): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, off the startup path
  const handlebars = require('handlebars') as typeof import('handlebars');
  const source = (file: string) => handlebars.precompile(fs.readFileSync(path.join(template.dir, file), 'utf8'), COMPILE_OPTIONS);
  const partials = templateFiles(template.dir)
    .filter((f) => f.startsWith('partials'))
    .map((f) => `${JSON.stringify(path.basename(f, '.hbs'))}: ${source(f)}`);
  return [
    '{',
    `digest: ${JSON.stringify(contentDigest(template.dir))},`,
    `name: ${JSON.stringify(template.name)},`,
    `manifest: ${JSON.stringify(template.manifest)},`,
    `main: ${source(MAIN_FILE)},`,
    `partials: {${partials.join(',\n')}}`,
    '}',
  ].join('\n');
}
