// The raw-text scan (control-chars.ts) cannot see characters written as YAML escapes inside
// double quotes ("\x07", "\0", "\ud800"): they appear only once parsed, and would then reach the
// DOCX as XML that Word refuses to open. This walks every parsed string (keys too) and reports
// each such character as JB004 at its scalar. Iterative, so a deep document cannot overflow it.
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import { diag } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { HAS_FORBIDDEN } from './control-chars';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_REPORTED = 20;

function badChar(s: string): string | null {
  const m = HAS_FORBIDDEN.exec(s) ?? LONE_SURROGATE.exec(s);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

export function findEscapedControls(doc: Document, lines: LineCounter, file: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0 && found.length < MAX_REPORTED) {
    const node = stack.pop();
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) stack.push(item.value, item.key);
        else stack.push(item);
      }
    } else if (isScalar(node) && typeof node.value === 'string') {
      const char = badChar(node.value);
      if (char) found.push(diag('JB004', file, lines.linePos(node.range?.[0] ?? 0), { char }));
    }
  }
  return found;
}
