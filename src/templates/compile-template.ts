// Compiles one template folder: validates its manifest, compiles template.hbs and partials/*.hbs
// in a fresh strict Handlebars environment, refuses partials that are not its own, and fills it
// once with probe data so a misspelt field is reported now, with its file and line.
import fs from 'node:fs';
import path from 'node:path';
import type { TemplateDelegate } from 'handlebars';
import { diag } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { loadYamlFile } from '../load/load-yaml-file';
import { positionOf } from '../source/parse-yaml';
import { displayPath as display, MAIN_FILE, MANIFEST_FILE } from './find-template';
import { COMPILE_OPTIONS, createEnvironment } from './handlebars-env';
import { ManifestFile, ManifestProblem, resolveManifest, type ResolvedManifest } from './manifest';
import { manifestRangeProblem } from './manifest-ranges';
import { isAllowedPartial, partialRefs } from './partial-refs';
import { printedIssueNumbers, type IssueNumberField } from './issue-numbers';
import { probeData } from './probe-data';
import { manifestDiagnostics } from './manifest-diagnostics';
import { fieldName } from '../diagnostics/field-name';
import { templateErrorDiagnostic, withFile } from './template-errors';
import { problemArgs } from '../i18n/template-problems';

export interface LoadedTemplate {
  name: string;
  dir: string;
  manifest: ResolvedManifest;
  /** The main template file (for diagnostics) and its compiled form. */
  file: string;
  render: TemplateDelegate;
  /** The issue numbers its files print (JB313 asks only for these). */
  printedNumbers: ReadonlySet<IssueNumberField>;
}

export type TemplateResult =
  | { ok: true; template: LoadedTemplate }
  /** `sources`: the text of a manifest.yaml the diagnostics point into, so its line is shown. */
  | { ok: false; diagnostics: Diagnostic[]; sources?: Map<string, string> };

function loadManifest(dir: string): { manifest: ResolvedManifest; name: string } | { diagnostics: Diagnostic[]; sources?: Map<string, string> } {
  const file = display(path.join(dir, MANIFEST_FILE));
  const loaded = loadYamlFile(file, ManifestFile);
  // Its lines are shown only when it reads as a manifest whose values are at fault: a file that is
  // no manifest at all (a hard link to a private file) is named, never echoed.
  const sources = loaded.text !== null ? new Map([[file, loaded.text]]) : undefined;
  if (!loaded.data) {
    const diagnostics = manifestDiagnostics(loaded.diagnostics, loaded.yaml);
    return { diagnostics, ...(diagnostics.every((d) => d.code === 'JB412') ? { sources } : {}) };
  }
  try {
    const manifest = resolveManifest(loaded.data);
    const range = manifestRangeProblem(manifest);
    if (range) {
      const at = loaded.yaml ? positionOf(loaded.yaml, range.path) : null;
      return { diagnostics: [diag('JB410', file, at, { field: range.path.join('.'), value: range.value, detail: range.detail })] };
    }
    return { manifest, name: loaded.data.name };
  } catch (e) {
    const at = e instanceof ManifestProblem && loaded.yaml ? positionOf(loaded.yaml, e.path) : null;
    // A value that reads well but names nothing (color: blue with no blue under colors:) is told as
    // a refused value is, with the names there are.
    if (e instanceof ManifestProblem && e.problem) {
      const refused = diag('JB204', file, at, { field: fieldName(e.path), value: e.problem.value, detail: e.message, problem: e.problem.key });
      return { diagnostics: manifestDiagnostics([refused], loaded.yaml), sources };
    }
    const problem = e instanceof ManifestProblem && e.words ? e.words : { key: 'templateError' as const, args: { text: String((e as Error).message ?? e) } };
    return { diagnostics: [diag('JB404', file, at, problemArgs(problem))], sources };
  }
}

interface Source {
  file: string;
  /** Partial name (file name without .hbs), or '' for the main template. */
  partial: string;
}

/** template.hbs and partials/*.hbs, each checked to be a real file inside the folder. */
function sourcesOf(dir: string): { sources: Source[]; diagnostics: Diagnostic[] } {
  const sources: Source[] = [{ file: path.join(dir, MAIN_FILE), partial: '' }];
  const partialsDir = path.join(dir, 'partials');
  if (fs.existsSync(partialsDir)) {
    for (const f of fs.readdirSync(partialsDir).filter((n) => n.endsWith('.hbs')).sort()) sources.push({ file: path.join(partialsDir, f), partial: f.slice(0, -4) });
  }
  const root = fs.realpathSync(dir);
  const diagnostics: Diagnostic[] = [];
  const inside = sources.filter((s) => {
    // A symlink to ../../secret.hbs would let a template read any file; only real contents count.
    const real = fs.existsSync(s.file) ? fs.realpathSync(s.file) : s.file;
    const ok = real.startsWith(root + path.sep);
    if (!ok) diagnostics.push(diag('JB408', display(s.file), null, { path: display(s.file) }));
    return ok;
  });
  return { sources: inside, diagnostics };
}

export function compileTemplate(dir: string): TemplateResult {
  const manifest = loadManifest(dir);
  if ('diagnostics' in manifest) return { ok: false, ...manifest };
  const { sources, diagnostics } = sourcesOf(dir);
  const env = createEnvironment();
  const parsed: Array<Source & { text: string; ast: hbs.AST.Program }> = [];
  for (const source of sources) {
    try {
      const text = fs.readFileSync(source.file, 'utf8');
      parsed.push({ ...source, text, ast: env.parse(text) });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code) diagnostics.push(diag(code === 'ENOENT' ? 'JB001' : 'JB002', display(source.file), null, { path: display(source.file), reason: code }));
      else diagnostics.push(templateErrorDiagnostic(e, display(source.file)));
    }
  }
  // Every partial file counts as present, even one that failed to parse: that one is reported
  // once, at its own line, not again at each place that calls it.
  const partialNames = new Set(sources.filter((s) => s.partial).map((s) => s.partial));
  for (const source of parsed) {
    const { refs, inline } = partialRefs(source.ast);
    const available = new Set([...partialNames, ...inline]);
    for (const ref of refs.filter((r) => !isAllowedPartial(r.name, available))) {
      diagnostics.push(diag('JB406', display(source.file), ref, { name: ref.name ?? '(…)', ...(partialNames.size ? { available: [...partialNames].join(', ') } : {}) }));
    }
  }
  if (diagnostics.length) return { ok: false, diagnostics };

  let render: TemplateDelegate | null = null;
  for (const source of parsed) {
    const wrapped = withFile(env.compile(source.text, COMPILE_OPTIONS), display(source.file));
    if (source.partial) env.registerPartial(source.partial, wrapped);
    else render = wrapped;
  }
  const file = display(path.join(dir, MAIN_FILE));
  try {
    render!(probeData());
  } catch (e) {
    const asts = new Map(parsed.map((s) => [display(s.file), s.ast]));
    return { ok: false, diagnostics: [templateErrorDiagnostic(e, file, asts)] };
  }
  return { ok: true, template: { name: manifest.name, dir, manifest: manifest.manifest, file, render: render!, printedNumbers: printedIssueNumbers(dir) } };
}
