// What every command shares: the --lang and --encoding options and -h, worded in the user's
// language, and usage errors left to main() (exitOverride), which turns them into exit code 2.
import { Option, type Command } from 'commander';
import type { Lang } from '../diagnostics/messages';
import { ENCODINGS } from '../source/read';
import { t } from './i18n';
import type { CliIO } from './io';

export function langOption(lang: Lang): Option {
  return new Option('--lang <lang>', t(lang, 'langOption')).choices(['zh', 'en']);
}

export function encodingOption(lang: Lang): Option {
  return new Option('--encoding <name>', t(lang, 'encodingOption')).choices(ENCODINGS as string[]);
}

/** A command under `parent` with the shared help and --lang options. */
export function subcommand(parent: Command, io: CliIO, name: string, description: string): Command {
  return parent.command(name).description(description).helpOption('-h, --help', t(io.lang, 'helpOption')).addOption(langOption(io.lang)).exitOverride();
}
