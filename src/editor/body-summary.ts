// How much of a body is about to be added, told before the file is written so that a body cut
// short (a paste ended too early) shows at once: paragraphs as the body format counts them (one
// per non-blank line) and characters as printed (no markup, no whitespace).
import { bodyLines, printedLine } from '../markdown/body';

export function bodySummary(body: string): { paragraphs: number; chars: number } {
  const printed = bodyLines(body)
    .filter((line) => line.trim() !== '')
    .map(printedLine);
  const chars = printed.reduce((n, line) => n + [...line.replace(/\s/g, '')].length, 0);
  return { paragraphs: printed.length, chars };
}
