// The program: parses the command line, runs one command and returns its exit code
// (0 success, 1 the input has errors, 2 wrong usage or an internal fault). Never exits itself.
import { CommanderError } from 'commander';
import { t } from '../i18n/cli';
import { langOf, type Lang } from '../i18n/lang';
import { PromptCancelled } from '../prompt/prompter';
import { EXIT, processIO, type CliIO } from '../io/io';
import { program } from './program';

/** The language is needed before commander builds its help, so it is read from argv first. */
export function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? env.JIANBAO_LANG : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return langOf(value);
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
    if (e instanceof PromptCancelled) {
      io.stderr(t(io.lang, 'cancelled'));
      return EXIT.cancelled;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.stderr(t(io.lang, 'internalError', { detail }));
    if (io.env.JIANBAO_DEBUG) io.stderr(String((e as Error).stack));
    return EXIT.usage;
  }
}
