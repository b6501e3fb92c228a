// One build renders several formats of one model: the PDF's layout, which the DOCX pins its page
// starts to, is computed once between them (RenderOptions.shared), and sharing it changes no byte.
import path from 'node:path';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { writeFormats } from '../../src/pipeline/build-to-files';
import { renderDocx } from '../../src/render/docx';
import { renderPdf } from '../../src/render/pdf';
import { SharedWork } from '../../src/render/renderer';
import type { DocumentModel } from '../../src/model/model';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

test('a result is computed once for its model, and afresh for any other model', () => {
  const model = { blocks: [] } as unknown as DocumentModel;
  const other = { blocks: [] } as unknown as DocumentModel;
  const shared = new SharedWork(model);
  const calls: DocumentModel[] = [];
  const compute = (m: DocumentModel) => (calls.push(m), { n: calls.length });
  const first = shared.of(model, compute);
  expect(shared.of(model, compute)).toBe(first);
  expect(shared.of(other, compute)).not.toBe(first);
  expect(calls).toEqual([model, other]);
});

test.each(['wenzhou-kexie-2022-04.yaml', 'feature-page-2021-06.yaml'])(
  '%s: PDF and DOCX rendered together equal each rendered alone',
  async (sample) => {
    const model = compileIssue(path.join(SAMPLES, sample)).model!;
    const together = await writeFormats(model, null, ['pdf', 'docx'], []);
    expect(together.bytes.pdf!.equals(await renderPdf(model))).toBe(true);
    expect(together.bytes.docx!.equals(await renderDocx(model))).toBe(true);
  },
  60_000,
);
