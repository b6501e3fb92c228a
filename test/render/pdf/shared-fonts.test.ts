// pdfkit is handed our once-parsed fontkit faces (src/render/pdf/shared-fonts.ts). The bytes must
// not depend on whether a document was the process's first: a batch renders hundreds per worker.
import path from 'node:path';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderPdf } from '../../../src/render/pdf';
import { embeddedFontNames, readPdf } from '../../helpers/pdf-read';

const sample = (name: string) => compileIssue(path.join(__dirname, '..', '..', '..', 'samples', `${name}.yaml`)).model!;

test('the first and later documents of a process are byte-identical', async () => {
  const kexie = sample('wenzhou-kexie-2022-04');
  const feature = sample('feature-page-2021-06');
  const first = await renderPdf(kexie); // this file's module registry is fresh: pdfkit opens the fonts
  const other = await renderPdf(feature);
  const again = await renderPdf(kexie); // now pdfkit is handed the shared faces
  expect(Buffer.compare(first, again)).toBe(0);
  expect(Buffer.compare(other, await renderPdf(feature))).toBe(0);
});

test('a document made with the shared faces embeds subsets and round-trips its text', async () => {
  const model = sample('feature-page-2021-06');
  await renderPdf(model);
  const bytes = await renderPdf(model);
  for (const name of embeddedFontNames(bytes)) expect(name).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans)SC-/);
  expect(readPdf(bytes).map((p) => p.text).join('')).toContain('李校堃');
});
