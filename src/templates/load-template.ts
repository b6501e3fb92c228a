// Finds a template (a folder beside the issue, a path, or a built-in), validates its manifest and
// compiles its Handlebars files once per process. Everything a template can do is in its folder.
import fs from 'node:fs';
import path from 'node:path';
import type { TemplateDelegate } from 'handlebars';
import { diag } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { loadYamlFile } from '../source/load-yaml-file';
import { createEnvironment, locationOfError } from './handlebars-env';
import { ManifestFile, resolveManifest, type ResolvedManifest } from './manifest';

export const BUILTIN_TEMPLATES_DIR = path.resolve(__dirname, '..', '..', 'templates');
const MAIN_FILE = 'template.hbs';

export interface LoadedTemplate {
  name: string;
  dir: string;
  manifest: ResolvedManifest;
  /** The main template file (for diagnostics) and its compiled form. */
  file: string;
  render: TemplateDelegate;
}

export type TemplateResult = { ok: true; template: LoadedTemplate } | { ok: false; diagnostics: Diagnostic[] };

export function builtinTemplateNames(): string[] {
  return fs.readdirSync(BUILTIN_TEMPLATES_DIR).filter((n) => fs.existsSync(path.join(BUILTIN_TEMPLATES_DIR, n, 'manifest.yaml'))).sort();
}

function findTemplateDir(ref: string, issueDir: string): string | null {
  if (path.isAbsolute(ref)) return fs.existsSync(path.join(ref, 'manifest.yaml')) ? ref : null;
  const candidates = [path.join(issueDir, 'templates', ref), path.join(BUILTIN_TEMPLATES_DIR, ref)];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'manifest.yaml'))) ?? null;
}

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

function display(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

function compileTemplate(dir: string): TemplateResult {
  const manifestFile = display(path.join(dir, 'manifest.yaml'));
  const loaded = loadYamlFile(manifestFile, ManifestFile);
  if (!loaded.data) return { ok: false, diagnostics: loaded.diagnostics };
  let manifest: ResolvedManifest;
  try {
    manifest = resolveManifest(loaded.data);
  } catch (e) {
    return { ok: false, diagnostics: [diag('JB404', manifestFile, null, { detail: (e as Error).message })] };
  }
  const env = createEnvironment();
  const partialsDir = path.join(dir, 'partials');
  const sources: Array<[string, string]> = [[path.join(dir, MAIN_FILE), '']];
  if (fs.existsSync(partialsDir)) {
    for (const f of fs.readdirSync(partialsDir).filter((n) => n.endsWith('.hbs')).sort()) sources.push([path.join(partialsDir, f), f.slice(0, -4)]);
  }
  const diagnostics: Diagnostic[] = [];
  let render: TemplateDelegate | null = null;
  for (const [file, partialName] of sources) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
      env.parse(text);
    } catch (e) {
      const at = locationOfError(e);
      diagnostics.push(diag(at.line ? 'JB402' : 'JB002', display(file), at.line ? at : null, { detail: at.message, path: display(file), reason: at.message }));
      continue;
    }
    const compiled = env.compile(text, { strict: true, preventIndent: true });
    if (partialName) env.registerPartial(partialName, compiled);
    else render = compiled;
  }
  if (diagnostics.length || !render) return { ok: false, diagnostics };
  return { ok: true, template: { name: loaded.data.name, dir, manifest, file: display(path.join(dir, MAIN_FILE)), render } };
}
