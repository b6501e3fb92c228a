// The body typed or pasted straight into the terminal: the way that works on every machine, with
// no editor configured. A blank line is kept (paragraphs), two in a row end it, as does Ctrl-D
// (end of input) or a line holding only Ctrl-Z (how Windows consoles send end of input).
import readline from 'node:readline';

const CTRL_Z = '\u001a';

export function readPastedBody(stdin: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve) => {
    const lines: string[] = [];
    const rl = readline.createInterface({ input: stdin, terminal: false, crlfDelay: Infinity });
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      rl.close();
      while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
      resolve(lines.join('\n'));
    };
    rl.on('line', (line) => {
      if (line.includes(CTRL_Z)) {
        lines.push(line.slice(0, line.indexOf(CTRL_Z)));
        return finish();
      }
      lines.push(line);
      const n = lines.length;
      if (n >= 2 && lines[n - 1].trim() === '' && lines[n - 2].trim() === '') finish();
    });
    rl.on('close', finish);
  });
}
