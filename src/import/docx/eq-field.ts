// Word's EQ field (带圈字符 \o\ac(○,密), the old 拼音指南 \o\ad(\s\up 9(kē),科)) stores no result:
// Word draws it from the instruction each time. The text in its arguments is what the author
// typed; the enclosing shape and the reading above are drawing, not text of the line.

/** Shapes 带圈字符 draws around a character. */
const SHAPES = /^[○◯□△◇◆■●]$/;

interface Frame {
  kind: 'plain' | 'overlay' | 'reading';
  args: string[];
  cur: string;
}

/** The text an EQ instruction shows in the line, and the readings it sets above it. */
export function eqText(instr: string): { text: string; reading: string } {
  const s = instr.replace(/^\s*eq\b/i, '');
  const stack: Frame[] = [{ kind: 'plain', args: [], cur: '' }];
  let reading = '';
  let lastSwitch = '';
  const top = () => stack[stack.length - 1];
  const close = (f: Frame): string => {
    const args = [...f.args, f.cur].map((a) => a.trim());
    if (f.kind === 'reading') {
      reading += (reading ? ' ' : '') + args.join('');
      return '';
    }
    return (f.kind === 'overlay' ? args.filter((a) => !SHAPES.test(a)) : args).join('');
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\') {
      const rest = s.slice(i + 1);
      const format = /^\*\s*("[^"]*"|\S+)/.exec(rest);
      const sw = /^([A-Za-z]+)(\s*-?\d+)?/.exec(rest);
      if (format) i += format[0].length;
      else if (sw) {
        lastSwitch = sw[1].toLowerCase();
        i += sw[0].length;
      } else if (rest) {
        // An escaped character is text, except the bracket a \lc \rc \bc switch draws.
        if (!/^(lc|rc|bc)$/.test(lastSwitch)) top().cur += rest[0];
        i++;
      }
    } else if (ch === '(') {
      const kind = /^(up|do)$/.test(lastSwitch) ? 'reading' : /^(o|ac|ad|al|ar)$/.test(lastSwitch) ? 'overlay' : 'plain';
      stack.push({ kind, args: [], cur: '' });
      lastSwitch = '';
    } else if (ch === ')' && stack.length > 1) {
      const shown = close(stack.pop()!);
      top().cur += shown;
    } else if (ch === ',' && stack.length > 1) {
      top().args.push(top().cur);
      top().cur = '';
    } else top().cur += ch;
  }
  while (stack.length > 1) {
    const shown = close(stack.pop()!);
    top().cur += shown;
  }
  return { text: close(stack[0]).trim(), reading };
}
