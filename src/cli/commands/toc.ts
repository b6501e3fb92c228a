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

type TocOptions = { format: TocFormat; encoding?: Encoding };

function tocOf(issue: Issue, format: TocFormat, file: string | null): string | object {
  const lines = issue.articles.map(tocLine);
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
    shown.push(tocOf(loaded.issue, opts.format, folder ? file : null));
  }
  if (opts.format === 'json') {
    if (folder || shown.length) io.stdout(JSON.stringify(folder ? shown : shown[0], null, 2));
  } else if (shown.length) io.stdout(shown.join('\n\n'));
  if (problems.length) reportDiagnostics(io, problems, sources);
  return hasErrors(problems) ? EXIT.inputErrors : EXIT.ok;
}
