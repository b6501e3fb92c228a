// `jianbao init [--dir D]`: starts a series in a folder: writes jianbao.config.yaml (name,
// 编印单位, template, 报尾 placeholder, issues and output settings) and the first issue through the
// same planning as `new`. Never overwrites either file.
import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAME } from '../../config/find-config';
import { DEFAULT_ISSUE_PATTERN, DEFAULT_OUTPUT_DIR, type SeriesConfig } from '../../config/series-config';
import { diag } from '../../diagnostics/make';
import { scalarText } from '../../editor/yaml-scalar';
import { whyNotInteractive, type Terminal } from '../../prompt/terminal';
import { gatherAnswers, type Field } from '../../wizard/answers';
import { checkText } from '../../wizard/checks';
import { bothLangs, wt } from '../../i18n/wizard';
import { writeFailure } from '../../output/write-failure';
import { DEFAULT_FORMATS } from '../../render/registry';
import { writeNewFile } from '../../wizard/write-new-file';
import { EXIT, type CliIO } from '../../io/io';
import { reportDiagnostics } from '../../io/report';
import { planNewIssue } from '../../wizard/plan-new-issue';
import { issueSummary, type NewOptions } from './new';

export interface InitOptions extends NewOptions {
  template?: string;
}

export function configText(name: string, editor: string, template: string): string {
  return [
    '# jianbao.config.yaml：本系列各期共用的设置；期刊文件中的同名字段优先。',
    'publication:',
    `  name: ${scalarText(name)}`,
    `  editor: ${scalarText(editor)}`,
    `template: ${scalarText(template)}`,
    '# 报尾（版记）：按需填写后取消注释',
    '# colophon:',
    '#   distribution:',
    '#     - { label: 报, to: 上级单位 }',
    '#   copies: 200',
    'issues:',
    '  dir: .',
    `  pattern: ${DEFAULT_ISSUE_PATTERN}    # YYYY 年 MM 月 DD 日 {number} 期号 {total} 总期号`,
    'output:',
    `  dir: ${DEFAULT_OUTPUT_DIR}`,
    `  formats: [${DEFAULT_FORMATS.join(', ')}]`,
    '',
  ].join('\n');
}

/** The series as init will write it, so the first issue is planned before anything is on disk. */
function seriesToBe(file: string, name: string, editor: string, template: string): SeriesConfig {
  const base = path.dirname(path.resolve(file));
  return {
    file: path.resolve(file),
    data: { publication: { name, editor }, template },
    issuesDir: base,
    pattern: DEFAULT_ISSUE_PATTERN,
    outputDir: path.resolve(base, DEFAULT_OUTPUT_DIR),
    formats: [...DEFAULT_FORMATS],
    diagnostics: [],
  };
}

function refuse(io: CliIO, target: string, written: { exists: boolean; reason: string }): number {
  const shown = path.relative(process.cwd(), target) || target;
  const problem = written.exists ? diag('JB805', shown, null, { path: shown }) : writeFailure(shown, { code: written.reason });
  reportDiagnostics(io, [problem], new Map());
  return EXIT.inputErrors;
}

export async function initCommand(io: CliIO, opts: InitOptions, terminal: Terminal, today = new Date()): Promise<number> {
  const L = io.lang;
  const command = 'jianbao init';
  const dir = opts.dir ?? '.';
  const target = path.join(dir, CONFIG_FILE_NAME);
  // Refused before the first question: answers that cannot be used are never asked for.
  if (fs.existsSync(target)) {
    const shown = path.relative(process.cwd(), target) || target;
    reportDiagnostics(io, [diag('JB814', shown, null, { path: shown })], new Map());
    return EXIT.inputErrors;
  }
  const notInteractive = whyNotInteractive(terminal, io.env, opts.yes, L);
  const mode = { lang: L, yes: Boolean(opts.yes), notInteractive, prompter: terminal.prompter, command };
  const fields: Field[] = [
    { key: 'name', flag: '--name', question: bothLangs('qName'), example: '温州科协信息', given: opts.name, check: checkText(L) },
    {
      key: 'editor',
      flag: '--editor',
      question: bothLangs('qEditor'),
      example: '温州市科学技术协会编',
      given: opts.editor,
      check: checkText(L),
    },
  ];
  const answers = await gatherAnswers(fields, mode);
  if (!answers.ok) {
    reportDiagnostics(io, answers.diagnostics, new Map());
    return EXIT.usage;
  }
  const { name, editor } = answers.values;
  const template = opts.template ?? 'kexie';
  // Every question (the first issue's too) is answered before a file is written: Ctrl+C at any
  // point leaves the folder as it was.
  const plan = await planNewIssue(opts, mode, today, { series: seriesToBe(target, name, editor, template), first: true });
  if (!plan.ok) {
    reportDiagnostics(io, plan.diagnostics, new Map());
    return plan.usage ? EXIT.usage : EXIT.inputErrors;
  }
  if (fs.existsSync(plan.target)) return refuse(io, plan.target, { exists: true, reason: 'EEXIST' });
  const config = writeNewFile(target, configText(name, editor, template));
  if (!config.ok) return refuse(io, target, config);
  io.stdout(wt(L, 'created', { path: target, summary: name }));
  const issue = writeNewFile(plan.target, plan.text);
  if (!issue.ok) return refuse(io, plan.target, issue);
  if (plan.warnings.length) reportDiagnostics(io, plan.warnings, new Map());
  const shown = path.relative(process.cwd(), plan.target) || plan.target;
  io.stdout(wt(L, 'created', { path: shown, summary: issueSummary(L, plan.number, plan.total, plan.date) }));
  return EXIT.ok;
}
