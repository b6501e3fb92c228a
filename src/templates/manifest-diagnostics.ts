// Diagnostics about a template's manifest.yaml in a template author's words: a refused value
// becomes JB412 with the whole field path, the value as typed, and how it may be written (the
// colours this manifest defines, the 号 sizes). A template may come from anywhere, so what else
// the file holds is quoted only in part (muffled).
import type { Diagnostic } from '../diagnostics/diagnostic';
import { CODES } from '../diagnostics/codes';
import type { ParsedYaml } from '../source/parse-yaml';
import { muffled } from './template-files';
import { HAO_SIZES } from './units';

function definedColours(yaml: ParsedYaml | null): string[] {
  const root = yaml?.value;
  const colors = root && typeof root === 'object' && !Array.isArray(root) ? (root as Record<string, unknown>).colors : undefined;
  return colors && typeof colors === 'object' && !Array.isArray(colors) ? Object.keys(colors) : [];
}

/** What a problem's advice may list: the colour names defined, or the 号 sizes. */
function namesFor(problem: string, yaml: ParsedYaml | null): string[] {
  if (problem === 'colour') return definedColours(yaml);
  if (problem === 'size') return Object.keys(HAO_SIZES);
  return [];
}

/** A value at a field the schema knows is a manifest's own: quoted up to this many characters. */
const VALUE_CHARS = 40;
const cut = (v: string) => ([...v].length > VALUE_CHARS ? `${[...v].slice(0, VALUE_CHARS).join('')}…` : v);

export function manifestDiagnostics(diagnostics: readonly Diagnostic[], yaml: ParsedYaml | null): Diagnostic[] {
  return diagnostics.map((d) => {
    if (d.code !== 'JB204') return muffled([d])[0];
    const problem = String(d.args.problem ?? 'other');
    const names = namesFor(problem, yaml);
    const { detail, field, value, limit, allowed } = d.args;
    const args = {
      field,
      detail: cut(String(detail)),
      problem,
      advice: problem,
      ...(value !== undefined ? { value: cut(String(value)) } : {}),
      ...(limit !== undefined ? { limit } : {}),
      ...(allowed !== undefined ? { allowed } : {}),
      ...(names.length ? { names: names.join('|') } : {}),
    };
    return { ...d, code: 'JB412' as const, severity: CODES.JB412.severity, args };
  });
}
