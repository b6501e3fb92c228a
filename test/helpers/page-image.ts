// The first page of a one-article issue rasterised by poppler's pdftoppm: for tests that compare
// what two typings print, pixel for pixel.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../src/diagnostics/diagnostic';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderPdf } from '../../src/render/pdf';
import { issueYaml } from './body-build';
import { findTool } from './tools';

export const pdftoppm = findTool(['pdftoppm'], ['-v'], 'apt-get install poppler-utils');

/** PNG bytes of page 1 of an issue holding one article with `body`, built in `dir`, and what
 *  compiling it reported. */
export async function firstPageImage(
  dir: string,
  body: string,
  opts: { title: string; template: 'kexie' | 'plain' },
): Promise<{ png: Buffer; diagnostics: Diagnostic[] }> {
  const file = path.join(dir, 'issue.yaml');
  fs.writeFileSync(file, issueYaml([{ title: opts.title, body }], opts.template));
  const compiled = compileIssue(file, { date: new Date('2022-04-30T00:00:00Z') });
  const pdf = path.join(dir, 'issue.pdf');
  fs.writeFileSync(pdf, await renderPdf(compiled.model!));
  execFileSync(pdftoppm.command!, ['-f', '1', '-l', '1', '-r', '100', '-png', pdf, path.join(dir, 'page')]);
  const name = fs.readdirSync(dir).find((n) => n.startsWith('page') && n.endsWith('.png'))!;
  const png = fs.readFileSync(path.join(dir, name));
  fs.rmSync(path.join(dir, name));
  return { png, diagnostics: compiled.diagnostics };
}
