// The last check before `import` writes: the YAML it made must load in jianbao itself (no control
// characters, valid YAML, a valid issue file), or the editor would be handed a file that
// `build` refuses. Returns what is wrong, or null.
import { hasErrors } from '../diagnostics/diagnostic';
import { IssueFile } from '../schema/issue-schema';
import { validate } from '../schema/validate';
import { findControlCharacters } from '../source/control-chars';
import { parseYaml } from '../source/parse-yaml';

export function loadsBackProblem(yaml: string, file: string): string | null {
  const controls = findControlCharacters(yaml, file);
  const parsed = controls.length ? null : parseYaml(yaml, file);
  const problems = controls.length ? controls : parsed!.yaml ? parsed!.diagnostics : parsed!.diagnostics;
  if (hasErrors(problems) || !parsed?.yaml)
    return `the YAML written would not load (${problems.map((d) => d.code).join(', ') || 'no document'})`;
  const valid = validate(IssueFile, parsed.yaml);
  if (!valid.ok)
    return `the YAML written would not load (${valid.diagnostics
      .map((d) => `${d.code} ${d.line}:${d.col}`)
      .slice(0, 3)
      .join(', ')})`;
  return null;
}
