// What every command shares: the --lang, --verbose and --encoding options and -h, worded in the
// user's language, and usage errors left to main() (exitOverride), which turns them into exit code 2.
import { Option, type Command } from 'commander';
import type { Lang } from '../diagnostics/messages';
import { ENCODINGS } from '../source/read';
import { t } from '../i18n/cli';
import { LANGS } from '../i18n/lang';
import type { CliIO } from '../io/io';

export function langOption(lang: Lang): Option {
  return new Option('--lang <lang>', t(lang, 'langOption')).choices([...LANGS]);
}

export function encodingOption(lang: Lang): Option {
  return new Option('--encoding <name>', t(lang, 'encodingOption')).choices(ENCODINGS as string[]);
}

function verboseOption(lang: Lang): Option {
  return new Option('--verbose', t(lang, 'verboseOption'));
}

/** A command under `parent` with the shared help, --lang and --verbose options. */
export function subcommand(parent: Command, io: CliIO, name: string, description: string): Command {
  return parent
    .command(name)
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
