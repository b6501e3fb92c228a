// Shared by the intake tests: a temp folder, an import through the CLI, a build of the resulting
// YAML files into PDF read back as text, and the "every source character, in order" check.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { diag } from '../../../src/diagnostics/make';
import { messageOf } from '../../../src/diagnostics/messages';
import { readDocx } from '../../../src/import/docx/read-docx';
import { articleFields, articleIssueYaml } from '../../../src/import/intake/draft-yaml';
import { shapeArticle } from '../../../src/import/intake/shape';
import { verifyArticleYaml } from '../../../src/import/intake/verify-draft';
import { nonSpace } from '../../../src/import/plain-text';
import { outputRelative } from '../../../src/inputs/inputs';
import { readPdf } from '../../helpers/pdf-read';
import { runCli } from '../../helpers/run-cli';

export const tmp = (tag = 'intake') => fs.mkdtempSync(path.join(os.tmpdir(), `jb-${tag}-`));

export const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/** A contribution's bytes shaped in memory: the draft, its notes as printed (`JBnnn message`), the
 *  body written, and whether the YAML reads back to the source's text. */
export function shapedDocx(bytes: Buffer) {
  const got = readDocx(bytes, 'x.docx');
  if (!got.ok) throw new Error(got.diagnostic.code);
  const draft = shapeArticle(got.units, { fileStem: 'x', flags: got.flags });
  const notes = draft.notes.map((n) => `${n.code} ${messageOf(diag(n.code, 'x.docx', null, n.args), 'zh').message}`);
  const { fields } = articleFields(draft);
  const yaml = articleIssueYaml(draft, fields, { lang: 'zh', schemaRef: 's.json', sourceName: 'x.docx' });
  return { draft, notes, body: fields.body, verified: verifyArticleYaml(yaml, 'x.yaml', draft).ok };
}

/** The YAML's first article as the loader reads it. */
export function firstArticle(yamlPath: string): { title: string; source?: string; byline?: string; body: string } {
  return (parse(fs.readFileSync(yamlPath, 'utf8')) as { articles: { title: string; body: string }[] }).articles[0];
}

/**
 * Builds the YAML files to PDF in one run and returns each PDF's text (pages joined). An article
 * imported on its own carries placeholder masthead fields (JB331), so it is built as a draft.
 */
export async function pdfTexts(yamls: string[]): Promise<Map<string, string>> {
  const out = tmp('intake-pdf');
  const run = await runCli(['build', ...yamls, '-o', out, '--to', 'pdf', '--draft']);
  if (run.code !== 0) throw new Error(`build failed: ${run.stderr}`);
  const texts = new Map<string, string>();
  for (const y of yamls) {
    const pdf = path.join(out, outputRelative(y, path.dirname(y)).replace(/\.yaml$/, '.pdf'));
    texts.set(
      y,
      readPdf(fs.readFileSync(pdf))
        .map((p) => p.text)
        .join('\n'),
    );
  }
  return texts;
}

/** The first character of `text` (spaces ignored) not found in order in `printed`, or null. */
export function firstMissingInOrder(text: string, printed: string, captions: string[] = []): string | null {
  // A photo that does not fit floats, with its caption, to the top of the next page, the text
  // after it filling the page: a caption is looked for on its own, not in the text's order.
  for (const c of captions) {
    if (!nonSpace(printed).join('').includes(nonSpace(c).join(''))) return `[caption ${c}]`;
    text = text.replace(c, '');
  }
  const want = nonSpace(text);
  const got = nonSpace(printed);
  let j = 0;
  for (let i = 0; i < want.length; i++) {
    while (j < got.length && got[j] !== want[i]) j++;
    if (j >= got.length) return `${want.slice(Math.max(0, i - 8), i).join('')}[${want[i]}]${want.slice(i + 1, i + 8).join('')}`;
    j++;
  }
  return null;
}
