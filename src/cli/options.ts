// What every command shares: the --lang, --verbose and --encoding options and -h, worded in the
// user's language, and usage errors left to main() (exitOverride), which turns them into exit code 2.
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Lang } from '../diagnostics/messages';
import { ENCODINGS, type Encoding } from '../source/read';
import { t } from '../i18n/cli';
import { LANGS } from '../i18n/lang';
import type { CliIO } from '../io/io';

export function langOption(lang: Lang): Option {
  return new Option('--lang <lang>', t(lang, 'langOption')).choices([...LANGS]);
}

/** The names editors type for an encoding jianbao reads: Windows calls its Chinese encoding GBK
 *  (Notepad's ANSI), which GB18030 contains, as it does GB2312. */
const ENCODING_NAMES: ReadonlyMap<string, Encoding> = new Map([
  ...ENCODINGS.map((e) => [e, e] as const),
  ['gbk', 'gb18030'],
  ['gb2312', 'gb18030'],
  ['cp936', 'gb18030'],
  ['utf8', 'utf-8'],
]);

export function encodingOption(lang: Lang): Option {
  const shown = ENCODINGS.map((e) => (e === 'gb18030' ? 'gb18030（gbk）' : e));
  return new Option('--encoding <name>', t(lang, 'encodingOption')).choices(ENCODINGS as string[]).argParser((value: string) => {
    const encoding = ENCODING_NAMES.get(value.toLowerCase());
    // Worded as commander words a choice it does not know, so i18n/commander.ts translates it.
    if (!encoding) throw new InvalidArgumentError(`Allowed choices are ${shown.join(', ')}.`);
    return encoding;
  });
}

function verboseOption(lang: Lang): Option {
  return new Option('--verbose', t(lang, 'verboseOption'));
}

/** A command under `parent` with the shared help, --lang and --verbose options. */
export function subcommand(parent: Command, io: CliIO, name: string, description: string, opts: { isDefault?: boolean } = {}): Command {
  return parent
    .command(name, opts)
    .description(description)
    .helpOption('-h, --help', t(io.lang, 'helpOption'))
    .addOption(langOption(io.lang))
    .addOption(verboseOption(io.lang))
    .hook('preAction', (command) => {
      // The reporters read it from io: every command prints diagnostics the same way.
      if (command.opts().verbose === true) io.verbose = true;
    })
    .exitOverride();
}
