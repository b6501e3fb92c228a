// The DOCX's parts come from docx before zipping (patches/docx+9.15.2.patch adds Packer.toParts);
// where install scripts did not run and the patch is missing, docx zips them and we unzip: the
// file is the same either way.
import path from 'node:path';
import { Packer } from 'docx';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderDocx } from '../../../src/render/docx';

const SAMPLES = path.join(__dirname, '..', '..', '..', 'samples');

test('the patch is applied here', () => {
  expect(typeof Packer.toParts).toBe('function');
});

test.each(['wenzhou-kexie-2022-04.yaml', 'feature-page-2021-06.yaml'])('%s: the same bytes with and without the patch', async (sample) => {
  const model = compileIssue(path.join(SAMPLES, sample)).model!;
  const toParts = jest.spyOn(Packer, 'toParts' as never);
  const handed = await renderDocx(model, { embedFonts: true });
  expect(toParts).toHaveBeenCalledTimes(1);
  toParts.mockRestore();
  // as an install without the patch has it (jest.replaceProperty refuses a function)
  const patched = Packer.toParts;
  const toBuffer = jest.spyOn(Packer, 'toBuffer');
  let unzipped: Buffer;
  let zipped: number;
  try {
    Object.assign(Packer, { toParts: undefined });
    unzipped = await renderDocx(model, { embedFonts: true });
    zipped = toBuffer.mock.calls.length;
  } finally {
    Object.assign(Packer, { toParts: patched });
    toBuffer.mockRestore();
  }
  expect(zipped).toBe(1);
  expect(handed.equals(unzipped)).toBe(true);
});
