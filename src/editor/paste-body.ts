// The body typed or pasted straight into the terminal. Blank lines, any number in a row, are part
// of the text: only an act no paste contains ends it — Ctrl-D or Ctrl-Z (on a new line or at the
// end of one) or the end of input. The terminal is read in raw mode through readline's own line
// editing, because a cooked terminal keeps only the first 1024 (macOS) or 4096 (Linux) bytes of a
// line and would drop the rest of a long pasted paragraph.
import readline from 'node:readline';
import { PromptCancelled } from '../prompt/prompter';

interface Key {
  name?: string;
  ctrl?: boolean;
}

/** Resolves with the lines read (trailing blank lines dropped); rejects on Ctrl-C. */
export function readPastedBody(stdin: NodeJS.ReadableStream, echo?: NodeJS.WritableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    // crlfDelay Infinity: a CRLF is one line end however slowly its two bytes arrive.
    const rl = readline.createInterface({ input: stdin, output: echo, terminal: true, historySize: 0, crlfDelay: Infinity });
    let done = false;
    const stop = () => {
      done = true;
      stdin.removeListener('keypress', onKey);
      rl.close();
    };
    const finish = () => {
      if (done) return;
      if (rl.line) lines.push(rl.line);
      stop();
      while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
      resolve(lines.join('\n'));
    };
    // readline ends on Ctrl-D only on an empty line; at the end of a typed line it ends here too.
    // Ctrl-Z is the Windows habit: it ends the body everywhere instead of suspending the command.
    const onKey = (_: string | undefined, key: Key | undefined) => {
      if (done || !key?.ctrl) return;
      if (key.name === 'z' || (key.name === 'd' && rl.cursor >= rl.line.length)) finish();
    };
    stdin.on('keypress', onKey);
    rl.on('line', (line) => lines.push(line));
    rl.on('SIGTSTP', () => undefined);
    rl.on('SIGINT', () => {
      if (done) return;
      stop();
      reject(new PromptCancelled());
    });
    rl.on('close', finish);
  });
}
