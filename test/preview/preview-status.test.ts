// The status after each build: a good build is a new version with its 要目 and page geometry;
// a failed one keeps all of that (the page keeps showing the last good PDF) and brings the errors.
import path from 'node:path';
import { diag } from '../../src/diagnostics/make';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { FIRST_STATUS, nextStatus } from '../../src/preview/preview-status';
import type { RebuildResult } from '../../src/watch/rebuild';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'wenzhou-kexie-2022-04.yaml');

// What rebuildIssue hands back for a good build, without rendering (run-preview.test.ts renders).
let good: RebuildResult;
beforeAll(() => {
  const compiled = compileIssue(SAMPLE);
  good = { ...compiled, file: SAMPLE, ok: true, ms: 5, outputs: [], bytes: { pdf: Buffer.from('%PDF-1.7') }, files: [], folders: [] };
});

test('a good build: version 1, the 要目 lines as printed, the GB/T 9704 grid on the page', () => {
  expect(good.ok).toBe(true);
  const status = nextStatus(FIRST_STATUS, good, 'zh');
  expect(status.version).toBe(1);
  expect(status.ok).toBe(true);
  // The two-line title: its 要目 line without the break, the title with it (to find the page).
  const twoLine = status.toc.find((e) => e.title.includes('\n'));
  expect(twoLine?.label).toBe('市科协召开党组会传达学习贯彻市“两会”精神');
  expect(status.toc).toHaveLength(9);
  expect(status.geometry).toMatchObject({ cols: 28, rows: 22 });
  expect(status.geometry?.width).toBeCloseTo(595.28, 0);
});

test('a failed build keeps the version, 要目 and geometry, and lists its errors first with file:line:col', () => {
  const shown = nextStatus(FIRST_STATUS, good, 'en');
  const failed: RebuildResult = {
    ...good,
    ok: false,
    bytes: {},
    diagnostics: [
      diag('JB811', 'issue.yaml', null, { encoding: 'GB18030' }),
      diag('JB001', 'issue.yaml', { line: 3, col: 9 }, { path: 'issue.yaml' }),
    ],
  };
  const status = nextStatus(shown, failed, 'en');
  expect(status).toMatchObject({ version: 1, ok: false, toc: shown.toc, geometry: shown.geometry });
  expect(status.diagnostics.map((d) => [d.severity, d.where, d.code])).toEqual([
    ['error', 'issue.yaml:3:9', 'JB001'],
    ['warning', 'issue.yaml', 'JB811'],
  ]);
  expect(status.diagnostics[0].message).toBe('file not found: issue.yaml');
  expect(status.diagnostics[0].hint).toBe('check the file name and path');
});
