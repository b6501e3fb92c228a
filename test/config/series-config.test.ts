// Series settings: found walking up, paths resolved against the config's folder, defaults when
// absent, unknown keys in the new blocks rejected with a position.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ISSUE_PATTERN, loadSeriesConfig } from '../../src/config/series-config';

function folder(config: string | null): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-config-'));
  if (config !== null) fs.writeFileSync(path.join(dir, 'jianbao.config.yaml'), config);
  fs.mkdirSync(path.join(dir, '2022'));
  return dir;
}

test('issues and output paths resolve against the config folder, from a subfolder too', () => {
  const dir = folder('issues:\n  dir: issues\n  pattern: YYYY-MM.yaml\noutput:\n  dir: ../pdf\n  formats: [pdf]\n');
  const s = loadSeriesConfig(path.join(dir, '2022'));
  expect(s.diagnostics).toEqual([]);
  expect(s.issuesDir).toBe(path.join(dir, 'issues'));
  expect(s.pattern).toBe('YYYY-MM.yaml');
  expect(s.outputDir).toBe(path.resolve(dir, '..', 'pdf'));
  expect(s.formats).toEqual(['pdf']);
});

test('built-in defaults without a config', () => {
  const dir = folder(null);
  const s = loadSeriesConfig(dir);
  expect(s.file).toBeNull();
  expect(s.issuesDir).toBe(dir);
  expect(s.pattern).toBe(DEFAULT_ISSUE_PATTERN);
  expect(s.outputDir).toBeNull();
  expect(s.formats).toBeNull();
});

test('a misspelt key or format is an error with line and column', () => {
  const dir = folder('output:\n  formats: [pdf, doc]\nissues:\n  patern: x.yaml\n');
  const s = loadSeriesConfig(dir);
  const codes = s.diagnostics.map((d) => `${d.code}@${d.line}`);
  expect(codes).toEqual(expect.arrayContaining(['JB203@4']));
  expect(s.diagnostics.every((d) => d.line > 0 && d.col > 0)).toBe(true);
  expect(s.diagnostics.length).toBeGreaterThanOrEqual(2);
});
