// `jianbao init [--dir D]`: starts a series in a folder: writes jianbao.config.yaml (name,
// 编印单位, template, 报尾 placeholder, issues and output settings) and the first issue through the
// same planning as `new`. Never overwrites either file.
import path from 'node:path';
import { CONFIG_FILE_NAME } from '../../config/find-config';
import { DEFAULT_ISSUE_PATTERN, DEFAULT_OUTPUT_DIR } from '../../config/series-config';
import { diag } from '../../diagnostics/make';
import { scalarText } from '../../editor/yaml-scalar';
import { whyNotInteractive, type Terminal } from '../../prompt/terminal';
import { gatherAnswers, type Field } from '../../wizard/answers';
import { checkText } from '../../wizard/checks';
import { bothLangs, wt } from '../../wizard/text';
import { writeFailure } from '../../output/write-failure';
import { writeNewFile } from '../../wizard/write-new-file';
import { EXIT, type CliIO } from '../io';
import { reportDiagnostics } from '../report';
import { newCommand, type NewOptions } from './new';

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
    '  formats: [pdf, docx]',
    '',
  ].join('\n');
}

export async function initCommand(io: CliIO, opts: InitOptions, terminal: Terminal, today = new Date()): Promise<number> {
  const L = io.lang;
  const command = 'jianbao init';
  const dir = opts.dir ?? '.';
  const notInteractive = whyNotInteractive(terminal, io.env, opts.yes, L);
  const fields: Field[] = [
    { key: 'name', flag: '--name', question: bothLangs('qName'), example: '温州科协信息', given: opts.name, check: checkText(L) },
    { key: 'editor', flag: '--editor', question: bothLangs('qEditor'), example: '温州市科学技术协会编', given: opts.editor, check: checkText(L) },
  ];
  // A first issue has nothing to be inferred from: without a terminal its numbers must be flags,
  // checked here so that a missing one writes nothing at all.
  if (notInteractive !== null) {
    for (const [key, flag, example] of [['number', '--number', '1'], ['total', '--total', '1']] as const) {
      if (opts[key] === undefined) fields.push({ key, flag, question: bothLangs(key === 'number' ? 'qNumber' : 'qTotal'), example, check: checkText(L) });
    }
  }
  const answers = await gatherAnswers(fields, { lang: L, yes: Boolean(opts.yes), notInteractive, prompter: terminal.prompter, command });
  if (!answers.ok) {
    reportDiagnostics(io, answers.diagnostics, new Map());
    return EXIT.usage;
  }
  const target = path.join(dir, CONFIG_FILE_NAME);
  const written = writeNewFile(target, configText(answers.values.name, answers.values.editor, opts.template ?? 'kexie'));
  if (!written.ok) {
    const problem = written.exists ? diag('JB805', target, null, { path: target }) : writeFailure(target, { code: written.reason });
    reportDiagnostics(io, [problem], new Map());
    return EXIT.inputErrors;
  }
  io.stdout(wt(L, 'created', { path: target, summary: answers.values.name }));
  return newCommand(io, { ...opts, name: undefined, editor: undefined }, terminal, today);
}
