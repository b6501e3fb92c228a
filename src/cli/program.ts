// The command line: every command with its arguments and options, in the user's language, and
// nothing else. A command's own module (src/cli/commands/) is loaded when that command runs, so
// `jianbao --help`, `--version`, `template list` or `init` do not first load the pipeline, zod
// and yaml that `build` needs.
import { Command, InvalidArgumentError, Option } from 'commander';
import { parseShard } from '../batch/shard';
import { w } from '../i18n/batch';
import type { Encoding } from '../source/read';
import { DEFAULT_FORMATS, FORMAT_NAMES, isFormat, type Format } from '../render/registry';
import { pw } from '../i18n/preview';
import { processTerminal } from '../prompt/terminal';
import { wt } from '../i18n/wizard';
import type { AddOptions } from './commands/add';
import type { BuildOptions } from './commands/build';
import type { CheckOptions } from './commands/check';
import type { FontsOptions } from './commands/fonts';
import type { ImportOptions } from './commands/import';
import type { IndexOptions } from './commands/index';
import type { InitOptions } from './commands/init';
import type { NewOptions } from './commands/new';
import type { PreviewCommandOptions } from './commands/preview';
import type { WatchCommandOptions } from './commands/watch';
import { helpConfiguration, outputConfiguration } from '../i18n/commander';
import { finishHelp } from '../i18n/help';
import { t } from '../i18n/cli';
import { iw } from '../i18n/import';
import type { CliIO } from '../io/io';
import { encodingOption, langOption, subcommand } from './options';
import { REPORT_FORMATS } from '../io/report';

/* eslint-disable @typescript-eslint/no-require-imports */
const VERSION: string = require('../../package.json').version;
/* eslint-enable @typescript-eslint/no-require-imports */

/** Runs a command that stops on the first Ctrl+C or SIGTERM through `signal`, aborted with the
 *  signal's name (the exit code and the words differ); a second one quits at once (Node's
 *  default, once this handler is spent). */
async function stoppable(run: (signal: AbortSignal) => Promise<number>): Promise<number> {
  const stop = new AbortController();
  const onInt = () => stop.abort('SIGINT');
  const onTerm = () => stop.abort('SIGTERM');
  // A second Ctrl+C falls to Node's default and quits at once; a repeated SIGTERM is the same
  // request (GNU timeout signals the process, then its group) and the run still stops cleanly.
  process.once('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  try {
    return await run(stop.signal);
  } finally {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  }
}

export type TocFormat = 'text' | 'markdown' | 'json';
const TOC_FORMATS: readonly TocFormat[] = ['text', 'markdown', 'json'];
const FONTS_FORMATS: readonly NonNullable<FontsOptions['format']>[] = ['text', 'json'];

/** The format names as the --to help lists them. */
const formatWords = { formats: FORMAT_NAMES.join('、'), list: FORMAT_NAMES.join(', '), all: FORMAT_NAMES.join(',') };

function formatList(value: string): Format[] {
  const parts = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const formats = parts.filter(isFormat);
  if (formats.length < parts.length || parts.length === 0) {
    // English here; commander-words.ts translates the phrase for Chinese.
    throw new InvalidArgumentError(`one or more of ${FORMAT_NAMES.join(', ')}, comma-separated, e.g. ${DEFAULT_FORMATS.join(',')}`);
  }
  return [...new Set(formats)];
}

/**
 * `--format pdf` (Typst's and others' spelling) on a command whose formats go in `--to`: hidden,
 * and refused with a pointer to `--to`, where commander would suggest `--force`.
 */
function formatsGoInTo(L: CliIO['lang'], command: string): Option {
  const hint = t(L, 'formatsGoInTo', { command });
  return new Option('--format <formats>').hideHelp().argParser(() => {
    throw new InvalidArgumentError(hint);
  });
}

/** build's `--format`: how it reports (text, json, github), as check's; an output format given
 *  there (`--format pdf`) is pointed to `--to`. */
function buildReportFormat(L: CliIO['lang']): Option {
  const hint = t(L, 'formatsGoInTo', { command: 'build' });
  return new Option('--format <format>', t(L, 'buildFormatOption')).argParser((value) => {
    if ((REPORT_FORMATS as readonly string[]).includes(value)) return value;
    if (value.split(',').some((part) => isFormat(part.trim().toLowerCase()))) throw new InvalidArgumentError(hint);
    // commander's own words for a wrong choice, which commander-words.ts translates.
    throw new InvalidArgumentError(`Allowed choices are ${REPORT_FORMATS.join(', ')}.`);
  });
}

function positiveInt(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError('1, 2, 3, …');
  return Number(value);
}

function portArg(value: string): number {
  const port = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || port < 1 || port > 65535) throw new InvalidArgumentError('1–65535');
  return port;
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
    .option('--to <formats>', t(L, 'toOption', formatWords), formatList)
    .addOption(buildReportFormat(L))
    .option('-t, --template <name>', t(L, 'templateOption'))
    .option('--embed-fonts', t(L, 'embedFontsOption'))
    .option('-j, --jobs <n>', w(L, 'jobsOption'), positiveInt)
    .option('--force', w(L, 'forceOption'))
    .option('--shard <k/n>', w(L, 'shardOption'), shardArg)
    .option('--draft', t(L, 'draftOption'))
    .option('--pdfa', t(L, 'pdfaOption'))
    .option('--explain-layout', t(L, 'explainLayoutOption'))
    .addOption(encodingOption(L))
    // The first Ctrl+C lets the issues in progress finish.
    .action(async (files: string[], o: BuildOptions) =>
      done(await stoppable(async (signal) => (await import('./commands/build')).buildCommand(io, files, o, signal))),
    );

  sub('check', t(L, 'checkDescription'))
    .argument('<files...>', t(L, 'filesArg'))
    .addOption(new Option('--format <format>', t(L, 'formatOption')).choices(REPORT_FORMATS as string[]).default('text'))
    .option('-t, --template <name>', t(L, 'templateOption'))
    .addOption(encodingOption(L))
    .option('--strict', t(L, 'strictOption'))
    .option('--fix', t(L, 'fixOption'))
    .option('--series <dir>', t(L, 'seriesOption'))
    .action(async (files: string[], o: CheckOptions) => done(await (await import('./commands/check')).checkCommand(io, files, o)));

  sub('fonts', t(L, 'fontsDescription'))
    .argument('[file]', t(L, 'filesArg'))
    .option('-t, --template <name>', t(L, 'templateOption'))
    .addOption(new Option('--format <format>', t(L, 'fontsFormatOption')).choices(FONTS_FORMATS as string[]).default('text'))
    .option('--json', t(L, 'jsonOption'))
    .addOption(encodingOption(L))
    .action(async (file: string | undefined, o: FontsOptions) => done(await (await import('./commands/fonts')).fontsCommand(io, file, o)));

  sub('schema', t(L, 'schemaDescription')).action(async () => done((await import('./commands/schema')).schemaCommand(io)));

  sub('toc', t(L, 'tocDescription'))
    .argument('<file>', t(L, 'filesArg'))
    .addOption(new Option('--format <format>', t(L, 'tocFormatOption')).choices(TOC_FORMATS as string[]).default('text'))
    .addOption(encodingOption(L))
    .action(async (file: string, o: { format: TocFormat; encoding?: Encoding }) =>
      done(await (await import('./commands/toc')).tocCommand(io, file, o)),
    );

  // A group whose everyday use is to look (git remote, git tag): `jianbao template` lists.
  const template = sub('template', t(L, 'templateDescription'));
  subcommand(template, io, 'list', t(L, 'templateListDescription'), { isDefault: true })
    .argument('[file]', t(L, 'templateFromArg'))
    .action(async (file?: string) => done((await import('./commands/template')).templateListCommand(io, file)));
  subcommand(template, io, 'copy', t(L, 'templateCopyDescription'))
    .argument('<name>', t(L, 'templateNameArg'))
    .argument('<dir>', t(L, 'templateDirArg'))
    .action(async (name: string, dir: string) => done((await import('./commands/template')).templateCopyCommand(io, name, dir)));

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
    .option('-t, --template <name>', wt(L, 'initTemplateOption'))
    .option('-y, --yes', wt(L, 'yesOption'))
    .addOption(encodingOption(L))
    .action(async (o: InitOptions) => done(await (await import('./commands/init')).initCommand(io, o, processTerminal())));

  issueFlags(sub('new', wt(L, 'newDescription')))
    .option('-y, --yes', wt(L, 'yesOption'))
    .addOption(encodingOption(L))
    .action(async (o: NewOptions) => done(await (await import('./commands/new')).newCommand(io, o, processTerminal())));

  sub('add', wt(L, 'addDescription'))
    .argument('<kind>', wt(L, 'kindArg'))
    .argument('<file>', wt(L, 'issueArg'))
    .option('--title <title>', wt(L, 'titleOption'))
    .option('--toc <line>', wt(L, 'tocOption'))
    .option('--source <source>', wt(L, 'sourceOption'))
    .option('--body-file <file>', wt(L, 'bodyFileOption'))
    .option('--from <file>', wt(L, 'fromOption'))
    .option('--date <date>', wt(L, 'briefDateOption'))
    .option('--text <text>', wt(L, 'textOption'))
    .option('-y, --yes', wt(L, 'yesOption'))
    .addOption(encodingOption(L))
    .action(async (kind: string, file: string, o: AddOptions) =>
      done(await (await import('./commands/add')).addCommand(io, kind, file, o, processTerminal())),
    );

  sub('watch', wt(L, 'watchDescription'))
    .argument('<files...>', wt(L, 'watchArg'))
    .option('-o, --out <dir>', wt(L, 'watchOutOption'))
    .option('--to <formats>', t(L, 'watchToOption', formatWords), formatList)
    .addOption(formatsGoInTo(L, 'watch'))
    .addOption(encodingOption(L))
    .action(async (files: string[], o: WatchCommandOptions) =>
      done(await stoppable(async (signal) => (await import('./commands/watch')).watchCommand(io, files, o, signal))),
    );

  sub('preview', pw(L, 'description'))
    .argument('<file>', pw(L, 'fileArg'))
    .option('--port <n>', pw(L, 'portOption'), portArg)
    .option('--no-open', pw(L, 'noOpenOption'))
    .option('--grid', pw(L, 'gridOption'))
    .addOption(encodingOption(L))
    .action(async (file: string, o: PreviewCommandOptions) =>
      done(await stoppable(async (signal) => (await import('./commands/preview')).previewCommand(io, file, o, signal))),
    );

  sub('index', w(L, 'indexDescription'))
    .argument('<dir>', w(L, 'indexDirArg'))
    .option('--year <yyyy>', w(L, 'yearOption'), yearArg)
    // No defaults, as build's: the series config's output.dir/formats, else out/ in the series folder.
    .option('-o, --out <dir>', t(L, 'outOption'))
    .option('--to <formats>', t(L, 'toOption', formatWords), formatList)
    .addOption(formatsGoInTo(L, 'index'))
    .addOption(encodingOption(L))
    .action(async (dir: string, o: IndexOptions) => done(await (await import('./commands/index')).indexCommand(io, dir, o)));

  sub('import', iw(L, 'description'))
    .argument('<files...>', iw(L, 'files'))
    .option('-o, --out <dir>', iw(L, 'out'))
    .option('--force', iw(L, 'force'))
    .option('--date <YYYY-MM-DD>', iw(L, 'date'), isoDate)
    .option('--to <issue.yaml>', iw(L, 'to'))
    .addOption(encodingOption(L))
    .action(async (files: string[], o: ImportOptions) => done(await (await import('./commands/import')).importCommand(io, files, o)));

  finishHelp(root, L);
  return root;
}
