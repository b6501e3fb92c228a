// `jianbao add article|brief FILE`: appends an article (body from --body-file, stdin or $EDITOR)
// or a brief to an issue, keeping the file's comments and formatting. Asks only on a terminal.
import { diag } from '../../diagnostics/make';
import { addToIssue, type Kind } from '../../editor/add-to-issue';
import { readBody } from '../../editor/body-source';
import { addArticleFrom } from '../../import/intake/add-from';
import { whyNotInteractive, type Terminal } from '../../prompt/terminal';
import { gatherAnswers, type Field } from '../../wizard/answers';
import { checkText } from '../../wizard/checks';
import { bothLangs, wt } from '../../wizard/text';
import { EXIT, type CliIO } from '../io';
import { reportDiagnostics } from '../report';

export interface AddOptions {
  title?: string;
  toc?: string;
  source?: string;
  bodyFile?: string;
  /** A contribution file (.docx, .txt, …) giving title, body, source and photos. */
  from?: string;
  date?: string;
  text?: string;
  yes?: boolean;
}

export async function addCommand(io: CliIO, kind: string, file: string, opts: AddOptions, terminal: Terminal): Promise<number> {
  const L = io.lang;
  const command = `jianbao add ${kind}`;
  if (kind !== 'article' && kind !== 'brief') {
    reportDiagnostics(io, [diag('JB802', 'jianbao add', null, { option: 'add', value: kind, allowed: 'article, brief' })], new Map());
    return EXIT.usage;
  }
  if (kind === 'article' && opts.from !== undefined) return addArticleFrom(io, file, opts.from);
  const notInteractive = whyNotInteractive(terminal, io.env, opts.yes, L);
  const mode = { lang: L, yes: Boolean(opts.yes), notInteractive, prompter: terminal.prompter, command };
  const required: Field[] =
    kind === 'article'
      ? [{ key: 'title', flag: '--title', question: bothLangs('qTitle'), example: '市科协召开党组会', given: opts.title, check: checkText(L) }]
      : [
          { key: 'date', flag: '--date', question: bothLangs('qBriefDate'), example: '4月7日', given: opts.date, check: checkText(L) },
          { key: 'text', flag: '--text', question: bothLangs('qText'), example: '市科协举办科普讲座', given: opts.text, check: checkText(L) },
        ];
  const answers = await gatherAnswers(required, mode);
  if (!answers.ok) {
    reportDiagnostics(io, answers.diagnostics, new Map());
    return EXIT.usage;
  }
  // The source is optional: asked on a terminal (Enter leaves it out), never required.
  const source = opts.source ?? (notInteractive === null ? (await terminal.prompter.input({ message: wt(L, 'qSource') })) || undefined : undefined);
  let item: Record<string, string | undefined>;
  if (kind === 'article') {
    const body = await readBody({ bodyFile: opts.bodyFile }, terminal, io.env, command);
    if (!body.ok) {
      reportDiagnostics(io, [body.diagnostic], new Map());
      return EXIT.inputErrors;
    }
    item = { title: answers.values.title, toc: opts.toc, source, body: body.text };
  } else item = { date: answers.values.date, text: answers.values.text, source };
  const added = addToIssue(file, kind as Kind, item);
  if (!added.ok) {
    reportDiagnostics(io, added.diagnostics, added.sources);
    return EXIT.inputErrors;
  }
  io.stdout(wt(L, 'added', { path: file, kind: wt(L, kind as Kind), title: item.title ?? item.text ?? '' }));
  return EXIT.ok;
}
