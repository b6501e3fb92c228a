// The command line: every command with its arguments and options, in the user's language, and
// nothing else. A command's own module (src/cli/commands/) is loaded when that command runs, so
// `jianbao --help`, `--version`, `template list` or `init` do not first load the pipeline, zod
// and yaml that `build` needs.
import { Command, InvalidArgumentError, Option } from 'commander';
import { parseShard } from '../batch/shard';
import { w } from '../batch/words';
import type { Encoding } from '../source/read';
import { FORMATS, type Format } from '../pipeline/render';
import { processTerminal } from '../prompt/terminal';
import { wt } from '../wizard/text';
import type { AddOptions } from './commands/add';
import type { BuildOptions } from './commands/build';
import type { CheckOptions } from './commands/check';
import type { FontsOptions } from './commands/fonts';
import type { ImportOptions } from './commands/import';
import type { IndexOptions } from './commands/index';
import type { InitOptions } from './commands/init';
import type { NewOptions } from './commands/new';
import type { WatchCommandOptions } from './commands/watch';
import { helpConfiguration, outputConfiguration } from './commander-words';
import { finishHelp } from './help-words';
import { t, wordsOf } from './i18n';
import type { CliIO } from './io';
import { encodingOption, langOption, subcommand } from './options';
import { REPORT_FORMATS } from './report';

/* eslint-disable @typescript-eslint/no-require-imports */
const commands = {
  add: () => require('./commands/add') as typeof import('./commands/add'),
  build: () => require('./commands/build') as typeof import('./commands/build'),
  check: () => require('./commands/check') as typeof import('./commands/check'),
  fonts: () => require('./commands/fonts') as typeof import('./commands/fonts'),
  import: () => require('./commands/import') as typeof import('./commands/import'),
  index: () => require('./commands/index') as typeof import('./commands/index'),
  init: () => require('./commands/init') as typeof import('./commands/init'),
  new: () => require('./commands/new') as typeof import('./commands/new'),
  schema: () => require('./commands/schema') as typeof import('./commands/schema'),
  template: () => require('./commands/template') as typeof import('./commands/template'),
  toc: () => require('./commands/toc') as typeof import('./commands/toc'),
  watch: () => require('./commands/watch') as typeof import('./commands/watch'),
};
const VERSION: string = require('../../package.json').version;
/* eslint-enable @typescript-eslint/no-require-imports */

/** What `jianbao toc --format` prints. */
export type TocFormat = 'text' | 'markdown' | 'json';
const TOC_FORMATS: readonly TocFormat[] = ['text', 'markdown', 'json'];

function formatList(value: string): Format[] {
  const parts = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = parts.filter((p) => !FORMATS.includes(p as Format));
  if (bad.length || parts.length === 0) throw new InvalidArgumentError(`one of ${FORMATS.join(', ')}, or both: ${FORMATS.join(',')}`);
  return [...new Set(parts)] as Format[];
}

/**
 * `--format pdf` (Typst's and others' spelling) on a command whose formats go in `--to`: hidden,
 * and refused with a pointer to `--to`, where commander would suggest `--force`.
 */
function formatsGoInTo(L: CliIO['lang'], command: string): Option {
  const hint = L === 'zh' ? `${command} 的输出格式用 --to 指定，例如 --to pdf` : `${command} takes its output formats with --to, e.g. --to pdf`;
  return new Option('--format <formats>').hideHelp().argParser(() => {
    throw new InvalidArgumentError(hint);
  });
}

function positiveInt(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError('1, 2, 3, …');
  return Number(value);
}

function shardArg(value: string) {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError('K/N with 1 ≤ K ≤ N, e.g. 1/4');
  return shard;
}

function yearArg(value: string): number {
  if (!/^\d{4}$/.test(value.trim())) throw new InvalidArgumentError('YYYY, e.g. 2022');
  return Number(value);
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new InvalidArgumentError('YYYY-MM-DD');
  return value;
}

const iw = wordsOf({
  description: { zh: '把来稿（Word/WPS 文件、单篇文字稿、简讯页）或纯文本往期简报导入为期刊 YAML', en: 'import contributions (Word/WPS files, single-article text, 简讯 pages) or plain-text back issues as issue YAML' },
  files: { zh: '来稿文件（.docx .doc .wps .odt .rtf .txt .md）', en: 'contribution files (.docx .doc .wps .odt .rtf .txt .md)' },
  to: { zh: '把文章或简讯加入这一期的 YAML（其余内容原样保留），不另写文件', en: 'add the articles or briefs to this issue YAML (everything else kept as is) instead of writing new files' },
  out: { zh: '输出文件夹（默认与输入文件相同）', en: 'output folder (default: beside each input file)' },
  force: { zh: '覆盖已有的 YAML 文件', en: 'overwrite existing YAML files' },
  date: { zh: '原文没有日期时使用的出版日期 YYYY-MM-DD', en: 'issue date to use when the text has none (YYYY-MM-DD)' },
});

/** The whole command line; each action reports its exit code through `done`. */
export function program(io: CliIO, done: (code: number) => void): Command {
  const L = io.lang;
  const root = new Command('jianbao')
    .description(t(L, 'description'))
    .version(VERSION, '-V, --version', t(L, 'versionOption'))
    .helpOption('-h, --help', t(L, 'helpOption'))
    .helpCommand('help [command]', t(L, 'helpCommand'))
    .addOption(langOption(L))
    .exitOverride()
    .configureHelp(helpConfiguration(L))
    .configureOutput(outputConfiguration(L, { out: (s) => io.stdout(s), err: (s) => io.stderr(s) }));
  const sub = (name: string, description: string) => subcommand(root, io, name, description);

  sub('build', t(L, 'buildDescription'))
    .argument('<files...>', t(L, 'filesArg'))
    // No commander defaults: an unset flag falls back to the series config's output.dir/formats.
    .option('-o, --out <dir>', t(L, 'outOption'))
    .option('--to <formats>', t(L, 'toOption'), formatList)
    .addOption(formatsGoInTo(L, 'build'))
    .option('-t, --template <name>', t(L, 'templateOption'))
    .option('--embed-fonts', t(L, 'embedFontsOption'))
    .option('-j, --jobs <n>', w(L, 'jobsOption'), positiveInt)
    .option('--force', w(L, 'forceOption'))
    .option('--shard <k/n>', w(L, 'shardOption'), shardArg)
    .option('--draft', t(L, 'draftOption'))
    .option('--explain-layout', L === 'zh' ? '列出 PDF 每页的填满比例和在该处分页的原因' : "list each PDF page's fill and why it ended there")
    .addOption(encodingOption(L))
    .action(async (files: string[], o: BuildOptions) => done(await commands.build().buildCommand(io, files, o)));

  sub('check', t(L, 'checkDescription'))
    .argument('<files...>', t(L, 'filesArg'))
    .addOption(new Option('--format <format>', t(L, 'formatOption')).choices(REPORT_FORMATS as string[]).default('text'))
    .option('-t, --template <name>', t(L, 'templateOption'))
    .addOption(encodingOption(L))
    .option('--strict', t(L, 'strictOption'))
    .option('--fix', t(L, 'fixOption'))
    .option('--series <dir>', t(L, 'seriesOption'))
    .action(async (files: string[], o: CheckOptions) => done(await commands.check().checkCommand(io, files, o)));

  sub('fonts', L === 'zh' ? '显示每种字体角色使用的字体文件及其来源' : 'show the font file each role resolves to, and where it came from')
    .argument('[file]', t(L, 'filesArg'))
    .option('-t, --template <name>', t(L, 'templateOption'))
    .option('--json', L === 'zh' ? '以 JSON 输出' : 'print JSON')
    .addOption(encodingOption(L))
    .action(async (file: string | undefined, o: FontsOptions) => done(await commands.fonts().fontsCommand(io, file, o)));

  sub('schema', t(L, 'schemaDescription')).action(() => done(commands.schema().schemaCommand(io)));

  sub('toc', t(L, 'tocDescription'))
    .argument('<file>', t(L, 'filesArg'))
    .addOption(new Option('--format <format>', t(L, 'tocFormatOption')).choices(TOC_FORMATS as string[]).default('text'))
    .addOption(encodingOption(L))
    .action(async (file: string, o: { format: TocFormat; encoding?: Encoding }) => done(await commands.toc().tocCommand(io, file, o)));

  const template = sub('template', t(L, 'templateDescription'));
  subcommand(template, io, 'list', t(L, 'templateListDescription'))
    .argument('[file]', t(L, 'templateFromArg'))
    .action((file?: string) => done(commands.template().templateListCommand(io, file)));
  subcommand(template, io, 'copy', t(L, 'templateCopyDescription'))
    .argument('<name>', t(L, 'templateNameArg'))
    .argument('<dir>', t(L, 'templateDirArg'))
    .action((name: string, dir: string) => done(commands.template().templateCopyCommand(io, name, dir)));

  // init makes a series and its first issue; new, the next issue: the same questions, as flags.
  const issueFlags = (c: Command) =>
    c
      .option('-d, --dir <folder>', wt(L, 'dirOption'))
      .option('--date <YYYY-MM-DD>', wt(L, 'dateOption'))
      .option('--number <n>', wt(L, 'numberOption'))
      .option('--total <n>', wt(L, 'totalOption'))
      .option('--name <name>', wt(L, 'nameOption'))
      .option('--editor <text>', wt(L, 'editorOption'));

  issueFlags(sub('init', wt(L, 'initDescription')))
    .option('-t, --template <name>', L === 'zh' ? '模板名称（默认 kexie）' : 'template name (default kexie)')
    .option('-y, --yes', wt(L, 'yesOption'))
    .addOption(encodingOption(L))
    .action(async (o: InitOptions) => done(await commands.init().initCommand(io, o, processTerminal())));

  issueFlags(sub('new', wt(L, 'newDescription')))
    .option('-y, --yes', wt(L, 'yesOption'))
    .addOption(encodingOption(L))
    .action(async (o: NewOptions) => done(await commands.new().newCommand(io, o, processTerminal())));

  sub('add', wt(L, 'addDescription'))
    .argument('<kind>', wt(L, 'kindArg'))
    .argument('<file>', wt(L, 'issueArg'))
    .option('--title <title>', wt(L, 'titleOption'))
    .option('--toc <line>', L === 'zh' ? '本期要目中的标题（与标题不同时）' : 'the 本期要目 line, when it differs from the title')
    .option('--source <source>', wt(L, 'sourceOption'))
    .option('--body-file <file>', wt(L, 'bodyFileOption'))
    .option('--from <file>', L === 'zh' ? '从来稿文件（.docx .doc .wps .odt .rtf .txt .md）取标题、正文、来源和图片' : 'take title, body, source and photos from a contribution file (.docx .doc .wps .odt .rtf .txt .md)')
    .option('--date <date>', wt(L, 'briefDateOption'))
    .option('--text <text>', wt(L, 'textOption'))
    .option('-y, --yes', wt(L, 'yesOption'))
    .addOption(encodingOption(L))
    .action(async (kind: string, file: string, o: AddOptions) => done(await commands.add().addCommand(io, kind, file, o, processTerminal())));

  sub('watch', wt(L, 'watchDescription'))
    .argument('<files...>', wt(L, 'watchArg'))
    .option('-o, --out <dir>', L === 'zh' ? '输出文件夹（默认取系列设置 output.dir，否则 out）' : "output folder (default: the config's output.dir, else out)")
    .option('--to <formats>', L === 'zh' ? '输出格式：pdf、docx，可用逗号同时给出两者（默认取系列设置 output.formats）' : "formats: pdf, docx, or both comma-separated (default: the config's output.formats)", formatList)
    .addOption(formatsGoInTo(L, 'watch'))
    .addOption(encodingOption(L))
    .action(async (files: string[], o: WatchCommandOptions) => {
      const stop = new AbortController();
      process.once('SIGINT', () => stop.abort());
      done(await commands.watch().watchCommand(io, files, o, stop.signal));
    });

  sub('index', w(L, 'indexDescription'))
    .argument('<dir>', w(L, 'indexDirArg'))
    .requiredOption('--year <yyyy>', w(L, 'yearOption'), yearArg)
    .option('-o, --out <dir>', t(L, 'outOption'), 'out')
    .option('--to <formats>', t(L, 'toOption'), formatList, ['pdf', 'docx'] as Format[])
    .addOption(formatsGoInTo(L, 'index'))
    .addOption(encodingOption(L))
    .action(async (dir: string, o: IndexOptions) => done(await commands.index().indexCommand(io, dir, o)));

  sub('import', iw(L, 'description'))
    .argument('<files...>', iw(L, 'files'))
    .option('-o, --out <dir>', iw(L, 'out'))
    .option('--force', iw(L, 'force'))
    .option('--date <YYYY-MM-DD>', iw(L, 'date'), isoDate)
    .option('--to <issue.yaml>', iw(L, 'to'))
    .addOption(encodingOption(L))
    .action(async (files: string[], o: ImportOptions) => done(await commands.import().importCommand(io, files, o)));


  finishHelp(root, L);
  return root;
}
