// `# jianbao-ignore JB303` and `# jianbao-ignore-file JB303`: an editor marks a warning as
// intended (the printed original says so) and it is no longer reported. At the end of a line it
// covers the value on that line with its continuation lines (a whole `body: |` block); on a line
// of its own, the next line's value; `-file` covers the file. Errors are never silenced.
import type { Diagnostic } from '../diagnostics/diagnostic';

const DIRECTIVE = /(?:^|\s)#\s*jianbao-ignore(-file)?[:：]?\s+((?:JB\d{3}[\s,，、]*)+)/;

interface Ignored {
  file: Set<string>;
  /** Codes by 1-based line. */
  lines: Map<number, Set<string>>;
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** The lines a directive on line `at` (0-based) covers: that value and its continuation lines. */
function valueLines(lines: readonly string[], at: number): number[] {
  const own = lines[at].trimStart().startsWith('#');
  let start = at;
  if (own) {
    start = at + 1;
    while (start < lines.length && (lines[start].trim() === '' || lines[start].trimStart().startsWith('#'))) start++;
    if (start >= lines.length) return [];
  }
  const covered = [start];
  const indent = indentOf(lines[start].replace(/^(\s*)- /, '$1  '));
  for (let i = start + 1; i < lines.length; i++) {
    if (lines[i].trim() !== '' && indentOf(lines[i]) <= indent) break;
    covered.push(i);
  }
  return covered;
}

export function ignoreDirectives(text: string): Ignored {
  const lines = text.split(/\r?\n/);
  const ignored: Ignored = { file: new Set(), lines: new Map() };
  lines.forEach((line, i) => {
    const m = DIRECTIVE.exec(line);
    if (!m) return;
    const codes = m[2].match(/JB\d{3}/g) ?? [];
    if (m[1]) return codes.forEach((c) => ignored.file.add(c));
    for (const at of valueLines(lines, i)) {
      const set = ignored.lines.get(at + 1) ?? new Set<string>();
      codes.forEach((c) => set.add(c));
      ignored.lines.set(at + 1, set);
    }
  });
  return ignored;
}

/** The diagnostics left once each source file's directives are applied. */
export function dropIgnored(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>): Diagnostic[] {
  const byFile = new Map<string, Ignored>();
  const of = (file: string) => {
    if (!byFile.has(file)) byFile.set(file, ignoreDirectives(sources.get(file) ?? ''));
    return byFile.get(file) as Ignored;
  };
  return diagnostics.filter((d) => {
    if (d.severity !== 'warning' || !sources.has(d.file)) return true;
    const ignored = of(d.file);
    return !(ignored.file.has(d.code) || ignored.lines.get(d.line)?.has(d.code));
  });
}
