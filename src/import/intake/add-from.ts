// `jianbao add article ISSUE.yaml --from FILE`: the contribution read as `import` reads it, then
// appended to the issue (photos into images/ beside it), every other byte of the issue kept.
import { hasErrors } from '../../diagnostics/diagnostic';
import { diag } from '../../diagnostics/make';
import { EXIT, type CliIO } from '../../io/io';
import { reportDiagnostics } from '../../io/report';
import { intakeFile } from './intake-file';
import { intakeDiagnostics } from './notes';
import { appendArticle } from './place';
import { iw } from '../../i18n/import';

export async function addArticleFrom(io: CliIO, issue: string, from: string): Promise<number> {
  const got = await intakeFile(from, { env: io.env, wholeIssue: false });
  if (got.kind !== 'article') {
    const diagnostics =
      got.kind === 'failed' ? got.diagnostics : [diag(got.kind === 'briefs' ? 'JB185' : 'JB187', from, null, { file: from })];
    reportDiagnostics(io, diagnostics, new Map(got.kind === 'failed' && got.text !== undefined ? [[from, got.text]] : []));
    return EXIT.inputErrors;
  }
  const placed = appendArticle(got.draft, from, issue, io.lang);
  const diagnostics = [...intakeDiagnostics(got.draft.notes, from), ...(placed.ok ? [] : placed.diagnostics)];
  if (placed.ok) {
    const title = got.draft.title.replace(/\n/g, iw(io.lang, 'titleLineJoin'));
    io.stdout(iw(io.lang, 'articleAdded', { title, issue, images: placed.images, notes: got.draft.notes.length }));
  }
  reportDiagnostics(io, diagnostics, placed.ok ? new Map() : (placed.sources ?? new Map()));
  return hasErrors(diagnostics) ? EXIT.inputErrors : EXIT.ok;
}
