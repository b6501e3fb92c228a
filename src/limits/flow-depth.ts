// A cheap look at the raw text before YAML parses it: megabytes of `[[[[…` make the parser spend
// minutes and gigabytes before its own stack gives out. Brackets are counted outside quotes and
// comments; past FLOW_DEPTH_CAP (far above any real issue, even one quoting brackets in a body)
// the file is refused as too deeply nested (JB024) without being parsed.
export const FLOW_DEPTH_CAP = 1000;

/** Offset of the bracket that first nests deeper than `cap`, or -1. */
export function tooDeepFlowAt(text: string, cap: number = FLOW_DEPTH_CAP): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end;
    } else if (c === '[' || c === '{') {
      if (++depth > cap) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return -1;
}
