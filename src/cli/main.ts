// The program: parses the command line, runs one command and returns its exit code
// (0 success, 1 the input has errors, 2 wrong usage or an internal fault). Never exits itself.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Lang } from '../diagnostics/messages';
import { FORMATS, type Format } from '../pipeline/render';
import type { Encoding } from '../source/read';
import { parseShard } from '../batch/shard';
import { w } from '../batch/words';
import { buildCommand, type BuildOptions } from './commands/build';
import { checkCommand, type CheckOptions } from './commands/check';
import { registerAddCommand } from './commands/add';
import { registerInitCommand } from './commands/init';
import { registerNewCommand } from './commands/new';
import { registerWatchCommand } from './commands/watch';
import { fontsCommand, type FontsOptions } from './commands/fonts';
import { registerImportCommand } from './commands/import';
import { registerServerCommand } from './commands/server';
import { registerIndexCommand } from './commands/index';
import { schemaCommand } from './commands/schema';
import { registerTemplateCommands } from './commands/template';
import { tocCommand, TOC_FORMATS, type TocFormat } from './commands/toc';
import { helpConfiguration, outputConfiguration } from './commander-words';
import { t } from './i18n';
import { encodingOption, langOption, subcommand } from './options';
import { EXIT, processIO, type CliIO } from './io';
import { REPORT_FORMATS } from './report';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = require('../../package.json').version;

/** The language is needed before commander builds its help, so it is read from argv first. */
export function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? env.JIANBAO_LANG : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'zh';
}

function formatList(value: string): Format[] {
  const parts = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = parts.filter((p) => !FORMATS.includes(p as Format));
  if (bad.length || parts.length === 0) throw new InvalidArgumentError(`${FORMATS.join(', ')}`);
  return [...new Set(parts)] as Format[];
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

function program(io: CliIO, done: (code: number) => void): Command {
  const L = io.lang;
  const root = new Command('jianbao')
    .description(t(L, 'description'))
    .version(VERSION, '-V, --version', t(L, 'versionOption'))
    .helpOption('-h, --help', t(L, 'helpOption'))
    .helpCommand('help [command]', t(L, 'helpCommand'))
    .addOption(langOption(L))
    .showHelpAfterError()
    .exitOverride()
    .configureHelp(helpConfiguration(L))
    .configureOutput(outputConfiguration(L, { out: (s) => io.stdout(s), err: (s) => io.stderr(s) }));
  const sub = (name: string, description: string) => subcommand(root, io, name, description);

  sub('build', t(L, 'buildDescription'))
    .argument('<files...>', t(L, 'filesArg'))
    // No commander defaults: an unset flag falls back to the series config's output.dir/formats.
    .option('-o, --out <dir>', t(L, 'outOption'))
    .option('--to <formats>', t(L, 'toOption'), formatList)
    .option('-t, --template <name>', t(L, 'templateOption'))
    .option('--embed-fonts', t(L, 'embedFontsOption'))
    .option('-j, --jobs <n>', w(L, 'jobsOption'), positiveInt)
    .option('--force', w(L, 'forceOption'))
    .option('--shard <k/n>', w(L, 'shardOption'), shardArg)
    .addOption(encodingOption(L))
    .action(async (files: string[], o: BuildOptions) => done(await buildCommand(io, files, o)));

  sub('check', t(L, 'checkDescription'))
    .argument('<files...>', t(L, 'filesArg'))
    .addOption(new Option('--format <format>', t(L, 'formatOption')).choices(REPORT_FORMATS as string[]).default('text'))
    .option('-t, --template <name>', t(L, 'templateOption'))
    .addOption(encodingOption(L))
    .option('--strict', t(L, 'strictOption'))
    .option('--fix', t(L, 'fixOption'))
    .option('--series <dir>', t(L, 'seriesOption'))
    .action(async (files: string[], o: CheckOptions) => done(await checkCommand(io, files, o)));

  sub('fonts', L === 'zh' ? '显示每种字体角色使用的字体文件及其来源' : 'show the font file each role resolves to, and where it came from')
    .argument('[file]', t(L, 'filesArg'))
    .option('-t, --template <name>', t(L, 'templateOption'))
    .option('--json', L === 'zh' ? '以 JSON 输出' : 'print JSON')
    .addOption(encodingOption(L))
    .action(async (file: string | undefined, o: FontsOptions) => done(await fontsCommand(io, file, o)));

  sub('schema', t(L, 'schemaDescription')).action(() => done(schemaCommand(io)));

  sub('toc', t(L, 'tocDescription'))
    .argument('<file>', t(L, 'filesArg'))
    .addOption(new Option('--format <format>', t(L, 'tocFormatOption')).choices(TOC_FORMATS as string[]).default('text'))
    .addOption(encodingOption(L))
    .action(async (file: string, o: { format: TocFormat; encoding?: Encoding }) => done(await tocCommand(io, file, o)));

  registerTemplateCommands(root, io, done);
  registerInitCommand(root, io, done);
  registerNewCommand(root, io, done);
  registerAddCommand(root, io, done);
  registerWatchCommand(root, io, done);
  registerIndexCommand(root, io, done);
  registerImportCommand(root, io, done);
  registerServerCommand(root, io, done);

  return root;
}

export async function main(argv: string[], io: CliIO = processIO(detectLang(argv, process.env))): Promise<number> {
  let code: number = EXIT.ok;
  try {
    await program(io, (c) => (code = c)).parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.stderr(io.lang === 'zh' ? `jianbao 内部错误 JB900：${detail}\n这是 jianbao 的缺陷，请附上输入文件报告问题。` : `internal error JB900: ${detail}\nThis is a bug in jianbao; please report it with the input file.`);
    if (io.env.JIANBAO_DEBUG) io.stderr(String((e as Error).stack));
    return EXIT.usage;
  }
}
