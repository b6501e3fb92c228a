// Plain text (or Markdown) of one contribution → units: every non-blank line is a paragraph (the
// v2 rule), numbered from 1. In .md a leading `# ` marks the title, `## ` a heading, and
// `**…**` pairs are bold (read as the body format reads them), so the text is what prints.
import { boldRuns } from '../../markdown/body';
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
    const runs = markdown ? boldRuns(t) : [];
    const spans = runs.some((r) => r.bold) ? runs : undefined;
    if (spans) t = spans.map((r) => r.text).join('');
    units.push({ no: units.length + 1, line: line.no, kind: 'text', text: t, styleLevel, spans });
  }
  return units;
}
