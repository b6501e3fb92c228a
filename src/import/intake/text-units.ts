// Plain text (or Markdown) of one contribution → units: every non-blank line is a paragraph (the
// v2 rule), numbered from 1. In .md a leading `# ` marks the title and `## ` a heading.
import { toLines } from '../lines';
import { trimLayout, type Unit } from './units';

export function textUnits(text: string, markdown: boolean): Unit[] {
  const units: Unit[] = [];
  for (const line of toLines(text)) {
    let t = trimLayout(line.text);
    if (t === '') continue;
    let styleLevel: number | undefined;
    const heading = markdown ? /^(#{1,2}) +(\S.*)$/.exec(t) : null;
    if (heading) {
      // Only the first `# ` is a title; later ones stay text (v2: `# x` prints as typed).
      if (heading[1] === '##') styleLevel = 2;
      else if (units.length === 0) styleLevel = 0;
      if (styleLevel !== undefined) t = heading[2];
    }
    units.push({ no: units.length + 1, line: line.no, kind: 'text', text: t, styleLevel });
  }
  return units;
}
