// `jianbao toc FILE`: the 本期要目 as text, Markdown or JSON, for a WeChat post or an email.
import { hasErrors } from '../../diagnostics/diagnostic';
import { tocLine } from '../../layout/template-data';
import { loadIssue } from '../../source/load-issue';
import type { Encoding } from '../../source/read';
import { EXIT, type CliIO } from '../io';
import type { TocFormat } from '../program';
import { reportDiagnostics } from '../report';

export async function tocCommand(io: CliIO, file: string, opts: { format: TocFormat; encoding?: Encoding }): Promise<number> {
  const loaded = loadIssue(file, { encoding: opts.encoding });
  if (!loaded.issue || hasErrors(loaded.diagnostics)) {
    reportDiagnostics(io, loaded.diagnostics, loaded.sources);
    return EXIT.inputErrors;
  }
  const { issue } = loaded;
  const lines = issue.articles.map(tocLine);
  const heading = `${issue.publication.name}${issue.issue.number ? ` 第 ${issue.issue.number} 期` : ''}`;
  if (opts.format === 'json') {
    io.stdout(JSON.stringify({ publication: issue.publication.name, number: issue.issue.number ?? null, total: issue.issue.total ?? null, date: issue.issue.date, toc: lines }, null, 2));
  } else if (opts.format === 'markdown') {
    io.stdout([`## ${heading} 本期要目`, '', ...lines.map((l) => `- ${l}`)].join('\n'));
  } else {
    io.stdout(['本 期 要 目', '', ...lines].join('\n'));
  }
  return EXIT.ok;
}
