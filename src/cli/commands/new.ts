// `jianbao new`: writes the next issue of the series (see wizard/plan-new-issue.ts for how the
// numbers are proposed). Asks only on a terminal; never overwrites a file.
import path from 'node:path';
import { diag } from '../../diagnostics/make';
import { whyNotInteractive, type Terminal } from '../../prompt/terminal';
import { planNewIssue, type NewIssueFlags } from '../../wizard/plan-new-issue';
import { wt } from '../../i18n/wizard';
import { writeFailure } from '../../output/write-failure';
import { writeNewFile } from '../../wizard/write-new-file';
import { EXIT, type CliIO } from '../../io/io';
import { reportDiagnostics } from '../../io/report';

export interface NewOptions extends NewIssueFlags {
  yes?: boolean;
}

export function issueSummary(lang: CliIO['lang'], n: number, total: number, date: string): string {
  return wt(lang, 'issueSummary', { number: n, total, date });
}

export async function newCommand(io: CliIO, opts: NewOptions, terminal: Terminal, today = new Date()): Promise<number> {
  const mode = {
    lang: io.lang,
    yes: Boolean(opts.yes),
    prompter: terminal.prompter,
    command: 'jianbao new',
    notInteractive: whyNotInteractive(terminal, io.env, opts.yes, io.lang),
  };
  const plan = await planNewIssue(opts, mode, today);
  if (!plan.ok) {
    reportDiagnostics(io, plan.diagnostics, new Map());
    return plan.usage ? EXIT.usage : EXIT.inputErrors;
  }
  const shown = path.relative(process.cwd(), plan.target) || plan.target;
  const written = writeNewFile(plan.target, plan.text);
  if (!written.ok) {
    const basis = plan.basis && { basis: path.relative(process.cwd(), plan.basis.file) || plan.basis.file, basisDate: plan.basis.date };
    const counted = basis && plan.basis?.total !== undefined ? { ...basis, basisTotal: plan.basis.total } : basis;
    const problem = written.exists
      ? diag('JB805', shown, null, { path: shown, ...counted })
      : writeFailure(shown, { code: written.reason });
    reportDiagnostics(io, [...plan.warnings, problem], new Map());
    return EXIT.inputErrors;
  }
  if (plan.warnings.length) reportDiagnostics(io, plan.warnings, new Map());
  io.stdout(wt(io.lang, 'created', { path: shown, summary: issueSummary(io.lang, plan.number, plan.total, plan.date) }));
  return EXIT.ok;
}
