// Lints YAML text written to a temporary issue file, so rules are tested through real positions.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic } from '../../src/diagnostics/diagnostic';
import { lintIssue } from '../../src/lint';
import { loadIssue } from '../../src/issue/load-issue';

const HEAD = 'publication: { name: 测试简报, editor: 测试单位编 }\n';

export function lintYaml(body: string): { diagnostics: Diagnostic[]; text: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-lint-'));
  const file = path.join(dir, 'issue.yaml');
  const text = HEAD + body;
  fs.writeFileSync(file, text);
  const loaded = loadIssue(file);
  if (!loaded.issue) throw new Error(`fixture invalid: ${JSON.stringify(loaded.diagnostics)}`);
  return { diagnostics: lintIssue(loaded.issue), text, file };
}

export const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

/** The character of the source text a diagnostic points at. */
export function charAt(text: string, d: Diagnostic): string {
  return [...text.split('\n')[d.line - 1]][d.col - 1];
}

/** One article with a source, for tests that need an otherwise clean issue. */
export function article(body: string, extra = ''): string {
  return `issue: { number: 4, total: 269, date: "2022-04-30" }\narticles:\n  - title: 标题\n    source: 市科协${extra}\n    body: |\n      ${body.split('\n').join('\n      ')}\n`;
}
