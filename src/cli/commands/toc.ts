// `jianbao toc FILE|DIR`: the 本期要目 as text, Markdown or JSON, for a WeChat post or an email.
import fs from 'node:fs';
import { hasErrors, type Diagnostic } from '../../diagnostics/diagnostic';
import { tocLine } from '../../templates/template-data';
import type { Issue } from '../../schema/issue-schema';
import { loadIssue } from '../../issue/load-issue';
import type { Encoding } from '../../source/read';
import { expandInputs } from '../../inputs/inputs';
import { EXIT, type CliIO } from '../../io/io';
import type { TocFormat } from '../program';
import { reportDiagnostics } from '../../io/report';
import { diag } from '../../diagnostics/make';
import { fieldName } from '../../diagnostics/field-name';
import { isPlaceholderText } from '../../schema/placeholders';

type TocOptions = { format: TocFormat; encoding?: Encoding };

/** The 本期要目 lines, without the skeleton's stand-in titles (pasted as printed, one would pass
 *  for a title); each one left out is a warning at its title. */
function realLines(issue: Issue): { lines: string[]; leftOut: Diagnostic[] } {
  const lines = issue.articles.map(tocLine);
  const stand = lines.flatMap((line, i) => (isPlaceholderText(line) ? [i] : []));
  const unfilled: Record<string, string> = stand.length === lines.length ? { unfilled: '' } : {};
  const leftOut = stand.map((i) => {
    const at = ['articles', i, issue.articles[i].toc === undefined ? 'title' : 'toc'];
    return diag('JB335', issue.file, issue.locate(at), { field: fieldName(at), input: lines[i], ...unfilled });
  });
  return { lines: lines.filter((_, i) => !stand.includes(i)), leftOut };
}

function tocOf(issue: Issue, lines: string[], format: TocFormat, file: string | null): string | object {
  const heading = `${issue.publication.name}${issue.issue.number ? ` 第 ${issue.issue.number} 期` : ''}`;
  if (format === 'json')
    return {
      ...(file ? { file } : {}),
      publication: issue.publication.name,
      number: issue.issue.number ?? null,
      total: issue.issue.total ?? null,
      date: issue.issue.date,
      toc: lines,
    };
  if (format === 'markdown') return [`## ${heading} 本期要目`, '', ...lines.map((l) => `- ${l}`)].join('\n');
  return [...(file ? [`${file}（${heading}）`] : []), '本 期 要 目', '', ...lines].join('\n');
}

/** One issue file, or every issue in a folder (each under its file name; json: an array). */
export async function tocCommand(io: CliIO, arg: string, opts: TocOptions): Promise<number> {
  const folder = fs.existsSync(arg) && fs.statSync(arg).isDirectory();
  const { files, diagnostics } = folder ? expandInputs([arg]) : { files: [arg], diagnostics: [] };
  const problems: Diagnostic[] = [...diagnostics];
  const sources = new Map<string, string>();
  const shown: Array<string | object> = [];
  for (const file of files) {
    const loaded = loadIssue(file, { encoding: opts.encoding });
    if (!loaded.issue || hasErrors(loaded.diagnostics)) {
      problems.push(...loaded.diagnostics);
      loaded.sources.forEach((text, f) => sources.set(f, text));
      continue;
    }
    const { lines, leftOut } = realLines(loaded.issue);
    problems.push(...leftOut);
    if (leftOut.length) loaded.sources.forEach((text, f) => sources.set(f, text));
    if (lines.length) shown.push(tocOf(loaded.issue, lines, opts.format, folder ? file : null));
  }
  if (opts.format === 'json') {
    if (folder || shown.length) io.stdout(JSON.stringify(folder ? shown : shown[0], null, 2));
  } else if (shown.length) io.stdout(shown.join('\n\n'));
  if (problems.length) reportDiagnostics(io, problems, sources);
  return hasErrors(problems) ? EXIT.inputErrors : EXIT.ok;
}
