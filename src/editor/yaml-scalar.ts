// Writes a string as a YAML scalar that reads back as exactly that string: plain when that is
// safe, double-quoted otherwise (JSON strings are valid YAML and keep Chinese as is).
import { parse } from 'yaml';

export function scalarText(value: string): string {
  if (value !== '' && !/^\s|\s$|\n|\t/.test(value)) {
    try {
      if (parse(`k: ${value}`, { uniqueKeys: false })?.k === value) return value;
    } catch {
      // falls through to quoting
    }
  }
  return JSON.stringify(value);
}

/** The text a body becomes in the file: line ends unified, leading and trailing blank space and
 *  whitespace-only lines dropped (they would change the block's indentation or mean nothing). */
export function literalBody(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/^\s+/, '')
    .replace(/\s+$/, '')
    .split('\n')
    .map((l) => (l.trim() === '' ? '' : l))
    .join('\n');
}

/** A block literal (`|`) holding `text`, its lines indented by `indent` spaces. */
export function blockLiteral(text: string, indent: number): string[] {
  const pad = ' '.repeat(indent);
  return [
    '|',
    ...literalBody(text)
      .split('\n')
      .map((l) => (l === '' ? '' : pad + l)),
  ];
}
