// The renderer registry is the one list of output formats: each line names a format whose
// renderer loads from src/render/<name>/, and the command line and config read their names from it.
import fs from 'node:fs';
import path from 'node:path';
import { ConfigFile } from '../../src/config/config-file';
import { DEFAULT_FORMATS, FORMAT_NAMES, FORMATS, isFormat, needsGlyphCheck, outputFile } from '../../src/render/registry';

test('every registered format has its own folder under src/render/ and a renderer that loads', async () => {
  for (const format of FORMATS) {
    expect(fs.existsSync(path.join(__dirname, '..', '..', 'src', 'render', format.name, 'index.ts'))).toBe(true);
    expect(typeof (await format.load())).toBe('function');
  }
});

test('names and extensions are unique, and the defaults are pdf and docx', () => {
  expect(new Set(FORMAT_NAMES).size).toBe(FORMATS.length);
  expect(new Set(FORMATS.map((f) => f.extension)).size).toBe(FORMATS.length);
  expect(DEFAULT_FORMATS).toEqual(['pdf', 'docx']);
  expect(isFormat('pdf')).toBe(true);
  expect(isFormat('odt')).toBe(false);
});

test('an output file is the stem plus the extension; only the PDF asks for the glyph check', () => {
  expect(outputFile(path.join('out', '2022-04'), 'docx')).toBe(path.join('out', '2022-04.docx'));
  expect(needsGlyphCheck(['docx'])).toBe(false);
  expect(needsGlyphCheck(['docx', 'pdf'])).toBe(true);
});

test("the series config's output.formats accepts exactly the registered names", () => {
  const formats = (value: unknown) => ConfigFile.safeParse({ output: { formats: value } }).success;
  expect(formats([...FORMAT_NAMES])).toBe(true);
  expect(formats(['pdf', 'odt'])).toBe(false);
});
