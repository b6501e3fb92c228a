// The front of the pipeline: an issue file (plus its series config) → a complete, valid Issue,
// or every diagnostic found on the way. Reads files; nothing after this stage touches YAML.
import path from 'node:path';
import { searchConfig } from '../config/find-config';
import { diag } from '../diagnostics/make';
import { missingFieldArgs } from '../diagnostics/field-name';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic';
import { checkIssueLimits } from '../limits/issue-limits';
import { ConfigFile, type ConfigFileData } from '../config/config-file';
import { IssueFile, Publication, type Issue } from '../schema/issue-schema';
import { positionInValue, positionOf, type ParsedYaml } from '../source/parse-yaml';
import { loadYamlFile } from '../load/load-yaml-file';
import { bareSource, findBracketedSources } from './source-brackets';
import { findCheckNotes } from './check-notes';
import { sourceLineOf, sourcePointOf } from '../source/value-offset';
import { findYamlTraps } from './yaml-traps';
import { explainSpacedKeys } from './spaced-keys';
import { explainEmptyItems } from './empty-items';
import type { Encoding } from '../source/read';
import { resolveTemplateRef } from '../templates/template-ref';

export const DEFAULT_TEMPLATE = 'kexie';

/** The config's font choices with their files resolved against the config's folder. */
function configFonts(fonts: ConfigFileData['fonts'], configFile: string | null): Issue['fonts']['choices'] {
  if (!fonts || !configFile) return {};
  const base = path.dirname(path.resolve(configFile));
  return Object.fromEntries(
    Object.entries(fonts).map(([role, choice]) => [
      role,
      { ...choice, ...(choice?.file ? { file: path.resolve(base, choice.file) } : {}) },
    ]),
  );
}

export interface LoadIssueResult {
  issue: Issue | null;
  diagnostics: Diagnostic[];
  /** Source texts by file, for reporters that quote the offending line. */
  sources: Map<string, string>;
  /** The issue file as YAML read it, when it had no syntax error but did not load (the series
   *  ledger reads its numbers from it instead of parsing the file again). */
  readable?: ParsedYaml;
}

export function loadIssue(file: string, opts: { encoding?: Encoding } = {}): LoadIssueResult {
  const sources = new Map<string, string>();
  const loaded = loadYamlFile(file, IssueFile, opts.encoding);
  if (loaded.text !== null) sources.set(file, loaded.text);

  const search = searchConfig(file);
  const configPath = search.file;
  const configFile = configPath ? path.relative(process.cwd(), configPath) || configPath : null;
  const config = configFile ? loadYamlFile(configFile, ConfigFile) : null;
  if (config?.text != null && configFile) sources.set(configFile, config.text);

  // The traps say what the editor typed that YAML read otherwise; they also explain a schema error
  // they caused (`title: #话题#` is an empty title), which then is not reported a second time.
  const schemaOnly = loaded.yaml !== null && loaded.diagnostics.every((d) => d.code.startsWith('JB2'));
  // Beside a syntax slip, the values that end before its line still read as typed (a problem
  // without a line, 0, leaves none).
  const slipLine = Math.min(...loaded.diagnostics.filter((d) => !d.code.startsWith('JB2')).map((d) => d.line));
  const traps = loaded.yaml ? findYamlTraps(loaded.yaml, schemaOnly ? {} : { beforeLine: slipLine }) : [];
  const explained = new Set(traps.filter((d) => d.code === 'JB117' || d.code === 'JB054').map((d) => d.line));
  const schemaProblems = explainEmptyItems(loaded.yaml, explainSpacedKeys(loaded.text ?? '', file, loaded.diagnostics)).filter(
    (d) => !explained.has(d.line),
  );
  const diagnostics = [...schemaProblems, ...search.warnings, ...(config?.diagnostics ?? [])];
  const readable = schemaOnly && loaded.yaml ? { readable: loaded.yaml } : {};
  if (!loaded.data || hasErrors(diagnostics)) return { issue: null, diagnostics: [...diagnostics, ...traps], sources, ...readable };

  const data = loaded.data;
  const yaml = loaded.yaml;
  // Traps that are errors still let the rest be checked, so one run reports everything; the
  // build then writes nothing because an error was reported.
  if (yaml) diagnostics.push(...traps, ...findBracketedSources(yaml), ...findCheckNotes(yaml));
  // The series config's publication fields print on every issue: the same traps apply there
  // (reported only: `check --fix` rewrites the file it was asked to check, not the shared config).
  if (config?.yaml) diagnostics.push(...findYamlTraps(config.yaml, { fixes: false }));
  const overLimits = yaml ? checkIssueLimits(file, data, (at, lineWithin = 0) => positionInValue(yaml, at, lineWithin)) : [];
  if (overLimits.length > 0) return { issue: null, diagnostics: [...diagnostics, ...overLimits], sources, ...readable };
  const merged = Publication.safeParse({ ...config?.data?.publication, ...data.publication });
  if (!merged.success) {
    const at = loaded.yaml ? positionOf(loaded.yaml, ['publication']) : null;
    for (const problem of merged.error.issues) {
      diagnostics.push(
        diag('JB201', file, at, missingFieldArgs(['publication', ...problem.path.map((p) => (typeof p === 'symbol' ? String(p) : p))])),
      );
    }
    return { issue: null, diagnostics, sources };
  }
  const issue: Issue = {
    file,
    publication: merged.data,
    issue: data.issue,
    template: data.template
      ? resolveTemplateRef(data.template, path.dirname(path.resolve(file)))
      : config?.data?.template && configFile
        ? resolveTemplateRef(config.data.template, path.dirname(path.resolve(configFile)))
        : DEFAULT_TEMPLATE,
    // A source typed in brackets is kept bare (JB330), so the template's （） are the only pair.
    articles: data.articles.map((a) => (a.source === undefined ? a : { ...a, source: bareSource(a.source) })),
    briefs: (data.briefs ?? []).map((b) => (b.source === undefined ? b : { ...b, source: bareSource(b.source) })),
    // `colophon: null` in an issue switches off the series' 报尾 (a feature page has none).
    colophon: data.colophon === null ? null : (data.colophon ?? config?.data?.colophon ?? null),
    fonts: { choices: configFonts(config?.data?.fonts, configFile), declaredIn: config?.data?.fonts ? configFile : null },
    locate: (at, lineWithin = 0) => (yaml ? positionInValue(yaml, at, lineWithin) : { line: 0, col: 0 }),
    locateChar: (at, index) => (yaml ? sourcePointOf(yaml, at, index) : null),
    locateLine: (at, index, length) => (yaml ? sourceLineOf(yaml, at, index, length) : null),
  };
  return { issue, diagnostics, sources };
}
