// The glyph preflight covers the folio: its characters (— and the digits in kexie) are set in the
// page-number style's role (song) on every page, so a song face lacking them stops the PDF as a
// face lacking the issue's own text does, instead of printing blank page numbers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import subsetFont from 'subset-font';
import { bundledFonts } from '../../src/fonts/bundled';
import { compileIssue } from '../../src/pipeline/compile-issue';

const ROOT = path.join(__dirname, '..', '..');
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-folio-glyphs-'));
  fs.mkdirSync(path.join(dir, 'fonts'));
  // A face of a few ideographs only: no dash, no digits.
  const tiny = await subsetFont(fs.readFileSync(bundledFonts().song.file), '温州科协信息', { targetFormat: 'sfnt' });
  fs.writeFileSync(path.join(dir, 'fonts', 'tiny.ttf'), tiny);
  fs.copyFileSync(path.join(ROOT, 'samples', 'wenzhou-kexie-2022-04.yaml'), path.join(dir, 'issue.yaml'));
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function withSongFont(file: string): void {
  const config = fs.readFileSync(path.join(ROOT, 'samples', 'jianbao.config.yaml'), 'utf8');
  fs.writeFileSync(path.join(dir, 'jianbao.config.yaml'), `${config}\nfonts:\n  song: { family: 宋体, file: ${file} }\n`);
}

test('a song font without the folio’s — and digits is an error for the song role, and no model is made', () => {
  withSongFont('fonts/tiny.ttf');
  const r = compileIssue(path.join(dir, 'issue.yaml'));
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => d.code)).toEqual(['JB813']);
  expect(errors[0].args).toMatchObject({ role: 'song', family: '宋体', missing: 11, total: 11 });
  expect(r.model).toBeNull();
});

test('the same series with a complete song font builds', () => {
  withSongFont(path.relative(dir, bundledFonts().song.file));
  const r = compileIssue(path.join(dir, 'issue.yaml'));
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(r.model?.fonts.song.file).toBe(bundledFonts().song.file);
});
