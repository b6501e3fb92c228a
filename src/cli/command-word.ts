// The command word of a command line (`build` in `jianbao --lang en build a.yaml`): the first
// argument that is neither an option nor the value of --lang, the one option before a command
// that takes a value. Read before commander is loaded, by what bin/jianbao decides first: whether
// to hand the command to the build server, and whether to read the fonts ahead.

/** The index of the command word in `argv`, or -1 when there is none (`jianbao --help`). */
export function commandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') i++;
    else if (!argv[i].startsWith('-')) return i;
  }
  return -1;
}

export function commandOf(argv: readonly string[]): string | undefined {
  const i = commandIndex(argv);
  return i < 0 ? undefined : argv[i];
}
