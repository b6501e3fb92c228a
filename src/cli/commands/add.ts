// `jianbao add article|brief FILE`: appends an article (body from --body-file, stdin or $EDITOR)
// or a brief to an issue, keeping the file's comments and formatting. Asks only on a terminal.
import { diag } from '../../diagnostics/make';
import { addToIssue, type Kind } from '../../editor/add-to-issue';
import { readBody, type BodySay } from '../../editor/body-source';
import { bodySummary } from '../../editor/body-summary';
import { addArticleFrom } from '../../import/intake/add-from';
import { whyNotInteractive, type Terminal } from '../../prompt/terminal';
import { gatherAnswers, type Field } from '../../wizard/answers';
import { checkBriefDate, checkText } from '../../wizard/checks';
import { bothLangs, wt } from '../../i18n/wizard';
import type { Encoding } from '../../source/read';
import { EXIT, type CliIO } from '../../io/io';
import { reportDiagnostics } from '../../io/report';

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
  /** How --body-file is read. */
  encoding?: Encoding;
}

const quoted = (s: string) => (/^[^\s"'$`\\]+$/.test(s) ? s : `"${s.replace(/(["$`\\])/g, '\\$1')}"`);

/** `jianbao add article FILE --title … --source … --body-file 正文.txt`: the answers as flags. */
function againCommand(kind: string, file: string, given: Record<string, string | undefined>): string {
  const flags = Object.entries(given)
    .filter(([, v]) => v)
    .map(([k, v]) => `--${k} ${quoted(v as string)}`);
  return ['jianbao add', kind, quoted(file), ...flags, '--body-file', '正文.txt'].join(' ');
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
      ? [
          {
            key: 'title',
            flag: '--title',
            question: bothLangs('qTitle'),
            example: '市科协召开党组会',
            given: opts.title,
            check: checkText(L),
          },
        ]
      : [
          { key: 'date', flag: '--date', question: bothLangs('qBriefDate'), example: '4月7日', given: opts.date, check: checkBriefDate(L) },
          {
            key: 'text',
            flag: '--text',
            question: bothLangs('qText'),
            example: '市科协举办科普讲座',
            given: opts.text,
            check: checkText(L),
          },
        ];
  // A flag is refused in the words a typed answer would be (the field's check).
  const badFlag = required.find((f) => f.given !== undefined && f.check(f.given) !== null);
  if (badFlag) {
    const words = badFlag.check(badFlag.given as string) as string;
    reportDiagnostics(io, [diag('JB125', command, null, { option: badFlag.flag, value: badFlag.given as string, words })], new Map());
    return EXIT.usage;
  }
  const answers = await gatherAnswers(required, mode);
  if (!answers.ok) {
    // An article's title is never inferred from earlier issues: JB804's words would promise that.
    const missing = answers.diagnostics.map((d) => (d.code === 'JB804' ? { ...d, code: 'JB812' as const } : d));
    reportDiagnostics(io, missing, new Map());
    return EXIT.usage;
  }
  // The source is optional: asked on a terminal (Enter leaves it out), never required.
  const source =
    opts.source ?? (notInteractive === null ? (await terminal.prompter.input({ message: wt(L, 'qSource') })) || undefined : undefined);
  let item: Record<string, string | undefined>;
  if (kind === 'article') {
    const say: BodySay = (_, args) => io.stderr(wt(L, 'pasteBody', { ends: wt(L, 'pasteEnds', args) }));
    const body = await readBody({ bodyFile: opts.bodyFile, encoding: opts.encoding }, terminal, io.env, command, say);
    if (!body.ok) {
      // Answers typed at the prompts are not lost: they come back as the command to run again.
      const given = { title: answers.values.title, toc: opts.toc, source };
      const d =
        body.diagnostic.code === 'JB807' && notInteractive === null
          ? diag('JB810', command, null, { title: given.title, again: againCommand(kind, file, given) })
          : body.diagnostic;
      reportDiagnostics(io, [d], new Map());
      return EXIT.inputErrors;
    }
    // On a terminal the editor is told how much arrived before anything is written.
    if (notInteractive === null) io.stderr(wt(L, 'bodyToAdd', bodySummary(body.text)));
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
