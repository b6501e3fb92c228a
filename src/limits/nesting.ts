// Nesting depth of a parsed YAML document. yaml composes nodes recursively: a few thousand
// levels (`[[[[…` or `- - - …`, a few KB of text) overflow its stack, which it reports as a
// syntax error reading "Maximum call stack size exceeded". Both that and any depth past the cap
// become one JB024 at the first node too deep, found by an iterative walk (no recursion here).
import { isMap, isPair, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { diag } from '../diagnostics/make';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { LIMITS } from './caps';

const STACK_OVERFLOW = /Maximum call stack size exceeded/;

/** True for a syntax diagnostic that is really yaml running out of stack on deep nesting. */
export function isStackOverflowDiagnostic(d: Diagnostic): boolean {
  return d.code === 'JB101' && STACK_OVERFLOW.test(String(d.args.detail ?? ''));
}

/** The first node nested deeper than the cap, or null. */
function firstTooDeep(root: unknown, limit: number): Node | null {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth + 1 > limit) return node;
    for (const item of node.items) {
      const value = isPair(item) ? item.value : item;
      stack.push({ node: value, depth: depth + 1 });
    }
  }
  return null;
}

export function checkNesting(doc: Document, lines: LineCounter, file: string, limit: number = LIMITS.nestingDepth): Diagnostic | null {
  const deep = firstTooDeep(doc.contents, limit);
  if (!deep) return null;
  return diag('JB024', file, lines.linePos(deep.range?.[0] ?? 0), { limit });
}

/** Replaces yaml's stack-overflow syntax errors with one JB024 at the first of them. */
export function nestingFromOverflow(diagnostics: Diagnostic[], file: string): Diagnostic[] {
  const overflow = diagnostics.find(isStackOverflowDiagnostic);
  if (!overflow) return diagnostics;
  const rest = diagnostics.filter((d) => !isStackOverflowDiagnostic(d));
  return [diag('JB024', file, { line: overflow.line, col: overflow.col }, { limit: LIMITS.nestingDepth }), ...rest];
}
