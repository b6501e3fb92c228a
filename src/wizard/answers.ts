// Gathers a wizard's answers: a flag always wins; on a terminal the rest are asked with the
// proposal pre-filled; otherwise nothing is asked: --yes accepts the proposals, and whatever is
// still missing is an error naming its flag. Never waits on a stdin that is not a terminal.
import { diag } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { Lang } from '../diagnostics/messages';
import type { Prompter } from '../prompt/prompter';

export interface Field {
  key: string;
  flag: string;
  question: Record<Lang, string>;
  example: string;
  /** Inferred value, offered as the default. */
  proposal?: string;
  /** Value given on the command line (already validated). */
  given?: string;
  /** Error text for an unacceptable typed answer, or null. */
  check(answer: string): string | null;
}

export interface AskMode {
  lang: Lang;
  yes: boolean;
  /** Why asking is impossible (localized), or null on a terminal. */
  notInteractive: string | null;
  prompter: Prompter;
  /** Reported as the diagnostic's file: the command line. */
  command: string;
}

export type Answers = { ok: true; values: Record<string, string> } | { ok: false; diagnostics: Diagnostic[] };

export async function gatherAnswers(fields: Field[], mode: AskMode): Promise<Answers> {
  const values: Record<string, string> = {};
  const open = fields.filter((f) => f.given === undefined);
  for (const f of fields) if (f.given !== undefined) values[f.key] = f.given;
  if (mode.notInteractive !== null) {
    // --yes only helps when something was proposed; otherwise name the missing flags directly.
    if (!mode.yes && open.some((f) => f.proposal !== undefined)) {
      const proposal = open
        .filter((f) => f.proposal !== undefined)
        .map((f) => `${f.flag} ${f.proposal}`)
        .join(' ');
      return {
        ok: false,
        diagnostics: [
          diag('JB803', mode.command, null, {
            reason: mode.notInteractive,
            flags: open.map((f) => f.flag).join(' '),
            ...(proposal ? { proposal } : {}),
          }),
        ],
      };
    }
    const missing = open.filter((f) => f.proposal === undefined);
    if (missing.length > 0) {
      return {
        ok: false,
        diagnostics: missing.map((f) =>
          diag('JB804', mode.command, null, {
            question: f.question[mode.lang],
            reason: mode.notInteractive ?? '',
            flag: f.flag,
            example: f.example,
          }),
        ),
      };
    }
    for (const f of open) values[f.key] = f.proposal as string;
    return { ok: true, values };
  }
  for (const f of open) {
    values[f.key] = await mode.prompter.input({ message: f.question[mode.lang], default: f.proposal, validate: (a) => f.check(a) });
  }
  return { ok: true, values };
}
