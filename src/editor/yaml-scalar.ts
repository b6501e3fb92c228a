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

/** A block literal (`|`) holding `text`, its lines indented by `indent` spaces. */
export function blockLiteral(text: string, indent: number): string[] {
  // Leading blank lines and spaces would change the block's indentation (and mean a code block
  // in Markdown anyway), trailing ones nothing: both go.
  const body = text.replace(/\r\n?/g, '\n').replace(/^\s+/, '').replace(/\s+$/, '');
  const pad = ' '.repeat(indent);
  return ['|', ...body.split('\n').map((l) => (l.trim() === '' ? '' : pad + l))];
}
