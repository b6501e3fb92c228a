// The program: parses the command line, runs one command and returns its exit code
// (0 success, 1 the input has errors, 2 wrong usage or an internal fault). Never exits itself.
import { CommanderError } from 'commander';
import type { Lang } from '../diagnostics/messages';
import { PromptCancelled } from '../prompt/prompter';
import { EXIT, processIO, type CliIO } from '../io/io';
import { program } from './program';

/** The language is needed before commander builds its help, so it is read from argv first. */
export function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? env.JIANBAO_LANG : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'zh';
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
      io.stderr(io.lang === 'zh' ? '已取消，未写入任何文件。' : 'cancelled; nothing was written.');
      return EXIT.cancelled;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.stderr(io.lang === 'zh' ? `jianbao 内部错误 JB900：${detail}\n这是 jianbao 的缺陷，请附上输入文件报告问题。` : `internal error JB900: ${detail}\nThis is a bug in jianbao; please report it with the input file.`);
    if (io.env.JIANBAO_DEBUG) io.stderr(String((e as Error).stack));
    return EXIT.usage;
  }
}
