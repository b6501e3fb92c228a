// Where templates live and which one a name means: a `templates/<name>` folder beside the issue,
// beside the series config or in the current folder (any of which overrides a built-in of the
// same name), an absolute folder path, or a built-in.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { findConfig } from '../config/find-config';

export const BUILTIN_TEMPLATES_DIR = path.resolve(__dirname, '..', '..', 'templates');
export const MANIFEST_FILE = 'manifest.yaml';
export const MAIN_FILE = 'template.hbs';
/** Optional CSS for the `--to html` page, set after the default CSS. */
export const WEB_CSS_FILE = 'web.css';

/** The files a template is made of, relative to its folder: manifest, main, partials, web.css. */
export function templateFiles(dir: string): string[] {
  const partials = path.join(dir, 'partials');
  const names = fs.existsSync(partials) ? fs.readdirSync(partials).filter((n) => n.endsWith('.hbs')).sort() : [];
  const css = fs.lstatSync(path.join(dir, WEB_CSS_FILE), { throwIfNoEntry: false }) ? [WEB_CSS_FILE] : [];
  return [MANIFEST_FILE, MAIN_FILE, ...names.map((n) => path.join('partials', n)), ...css];
}

/** A template file as messages show it: relative to the working folder when inside it. */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

const isTemplateDir = (dir: string) => fs.existsSync(path.join(dir, MANIFEST_FILE));

/** The template folders directly inside `dir` (each holding a manifest.yaml), by name. */
function templateDirsIn(dir: string): string[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return [];
  return fs.readdirSync(dir).filter((n) => !n.startsWith('.') && isTemplateDir(path.join(dir, n))).sort();
}

export function builtinTemplateNames(): string[] {
  return templateDirsIn(BUILTIN_TEMPLATES_DIR);
}

/**
 * The folders whose `templates/` may hold a template named by a bare name, first match wins:
 * beside the issue, beside the series config (init puts issues in YYYY/ below it), then the
 * current folder. `template list`, the `template copy` hint and every lookup use this order.
 */
export function templateSearchDirs(issueDir: string, cwd: string = process.cwd()): string[] {
  const config = findConfig(path.join(path.resolve(issueDir), 'issue.yaml'));
  const dirs = [path.resolve(issueDir), ...(config ? [path.dirname(config)] : []), path.resolve(cwd)];
  return [...new Set(dirs)];
}

export function findTemplateDir(ref: string, issueDir: string, cwd: string = process.cwd()): string | null {
  if (path.isAbsolute(ref)) return isTemplateDir(ref) ? ref : null;
  const candidates = [...templateSearchDirs(issueDir, cwd).map((d) => path.join(d, 'templates', ref)), path.join(BUILTIN_TEMPLATES_DIR, ref)];
  return candidates.find(isTemplateDir) ?? null;
}

export interface TemplateListing {
  name: string;
  dir: string;
  builtin: boolean;
  description: string;
  /** A local template that hides the built-in of the same name. */
  overridesBuiltin: boolean;
}

/** The manifest's description, read leniently: a listing must not fail on one broken template. */
function describe(dir: string): string {
  try {
    const file = path.join(dir, MANIFEST_FILE);
    if (!fs.lstatSync(file).isFile()) return ''; // a link or FIFO is never read (template-files.ts)
    const data = parse(fs.readFileSync(file, 'utf8')) as { description?: unknown };
    return typeof data?.description === 'string' ? data.description : '';
  } catch {
    return '';
  }
}

/** Built-ins, then the templates found in `templates/` of each search folder (first one wins). */
export function listTemplates(searchDirs: readonly string[]): TemplateListing[] {
  const builtins = builtinTemplateNames();
  const seen = new Set<string>();
  const local: TemplateListing[] = [];
  for (const base of searchDirs.map((d) => path.join(path.resolve(d), 'templates'))) {
    if (path.resolve(base) === BUILTIN_TEMPLATES_DIR) continue;
    for (const name of templateDirsIn(base).filter((n) => !seen.has(n))) {
      seen.add(name);
      const dir = path.join(base, name);
      local.push({ name, dir, builtin: false, description: describe(dir), overridesBuiltin: builtins.includes(name) });
    }
  }
  const shown = builtins
    .filter((n) => !seen.has(n))
    .map((name) => ({ name, dir: path.join(BUILTIN_TEMPLATES_DIR, name), builtin: true, description: describe(path.join(BUILTIN_TEMPLATES_DIR, name)), overridesBuiltin: false }));
  return [...shown, ...local];
}
