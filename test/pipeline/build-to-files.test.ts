// buildToFiles is the one way an issue becomes files (build, batch, watch): every format is
// rendered before anything is written, so a failing renderer leaves no partial set of outputs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BuildContext } from '../../src/pipeline/build-context';
import { buildToFiles } from '../../src/pipeline/build-to-files';
import { FORMATS } from '../../src/render/registry';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { openFont } from '../../src/fonts/open-font';
import { patchesApplied } from '../../src/render/patches-applied';
import { TemplateCache } from '../../src/templates/load-template';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'wenzhou-kexie-2022-04.yaml');

let out: string;
beforeEach(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-build-to-files-'));
});
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(out, { recursive: true, force: true });
});

test('writes one file per format at the stem, and reports them in order', async () => {
  const stem = path.join(out, 'issue');
  const built = await buildToFiles(SAMPLE, { stem, formats: ['docx', 'pdf'], context: new BuildContext() });
  expect(built.ok).toBe(true);
  expect(built.outputs).toEqual([`${stem}.docx`, `${stem}.pdf`]);
  expect(fs.readFileSync(`${stem}.pdf`).subarray(0, 5).toString()).toBe('%PDF-');
  expect(fs.readFileSync(`${stem}.docx`).subarray(0, 2).toString()).toBe('PK');
});

test('a renderer that fails after another succeeded writes nothing at all', async () => {
  const docx = FORMATS.find((f) => f.name === 'docx')!;
  jest.spyOn(docx, 'load').mockResolvedValue(async () => {
    throw new Error('renderer failed');
  });
  const stem = path.join(out, 'issue');
  await expect(buildToFiles(SAMPLE, { stem, formats: ['pdf', 'docx'], context: new BuildContext() })).rejects.toThrow('renderer failed');
  expect(fs.readdirSync(out)).toEqual([]);
});

test('an issue with errors writes nothing and returns its diagnostics', async () => {
  const broken = path.join(out, 'broken.yaml');
  fs.writeFileSync(broken, 'publication: [\n');
  const built = await buildToFiles(broken, { stem: path.join(out, 'broken'), formats: ['pdf', 'docx'], context: new BuildContext() });
  expect(built.ok).toBe(false);
  expect(built.outputs).toEqual([]);
  expect(built.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  expect(fs.readdirSync(out)).toEqual(['broken.yaml']);
});

test('a build context keeps the compiled template between the issues of its run', async () => {
  const stored = jest.spyOn(TemplateCache.prototype, 'set');
  const context = new BuildContext();
  for (const name of ['a', 'b'])
    expect((await buildToFiles(SAMPLE, { stem: path.join(out, name), formats: ['docx'], context })).ok).toBe(true);
  expect(stored).toHaveBeenCalledTimes(1);
  await buildToFiles(SAMPLE, { stem: path.join(out, 'c'), formats: ['docx'], context: new BuildContext() });
  expect(stored).toHaveBeenCalledTimes(2);
});

// npm 12 runs no dependency's install script unless allowed, nor does --ignore-scripts: then the
// patches in patches/ are not applied, and stock fontkit prints some characters other than typed.
describe('an install whose patches were never applied', () => {
  const stockFont = () => {
    const { font } = openFont(compileIssue(SAMPLE).model!.fonts.body);
    const patched = font.createSubset();
    // A stock fontkit subset: includeGlyph only, no includeGlyphCopy.
    jest.spyOn(font, 'createSubset').mockReturnValue({ includeGlyph: (id: number) => patched.includeGlyph(id) });
  };

  test('the installed fontkit carries the patch', () => {
    expect(patchesApplied(openFont(compileIssue(SAMPLE).model!.fonts.body).font)).toBe(true);
  });

  test("makes no PDF or DOCX and says why (JB745, at jianbao's folder)", async () => {
    stockFont();
    const stem = path.join(out, 'issue');
    const built = await buildToFiles(SAMPLE, { stem, formats: ['pdf', 'docx'], context: new BuildContext() });
    expect(built.ok).toBe(false);
    const jb745 = built.diagnostics.filter((d) => d.code === 'JB745');
    expect(jb745).toHaveLength(1);
    expect(jb745[0]).toMatchObject({ severity: 'error', file: path.resolve(__dirname, '..', '..') });
    expect(fs.readdirSync(out)).toEqual([]);
  });

  test("still makes HTML, set in the reader's fonts", async () => {
    stockFont();
    const built = await buildToFiles(SAMPLE, { stem: path.join(out, 'issue'), formats: ['html'], context: new BuildContext() });
    expect(built.ok).toBe(true);
    expect(built.diagnostics.some((d) => d.code === 'JB745')).toBe(false);
  });
});
