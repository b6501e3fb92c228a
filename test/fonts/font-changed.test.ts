// A font file changed under a running build (src/fonts/outlines-on-demand.ts throws FontChanged)
// is the editor's JB605, not jianbao's internal fault JB740, and nothing is written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIssue } from '../../src/batch/build-issue';
import { Signer } from '../../src/batch/fingerprint';
import { FontChanged } from '../../src/fonts/outlines-on-demand';
import { rebuildIssue } from '../../src/watch/rebuild';

jest.mock('../../src/pipeline/render', () => ({
  ...jest.requireActual('../../src/pipeline/render'),
  renderFormat: async () => {
    throw new (jest.requireActual('../../src/fonts/outlines-on-demand') as typeof import('../../src/fonts/outlines-on-demand')).FontChanged('/fonts/仿宋.ttf');
  },
}));

const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'wenzhou-kexie-2022-04.yaml');
let work: string;
beforeEach(() => (work = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-font-changed-'))));
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

test('FontChanged names the file', () => {
  const e = new FontChanged('/fonts/a.ttf');
  expect(e).toBeInstanceOf(Error);
  expect(e.message).toBe('/fonts/a.ttf changed while jianbao was using it; build again');
});

test('a batch build reports JB605 for the issue and writes nothing', async () => {
  const outcome = await buildIssue({ id: 1, file: SAMPLE, outStem: path.join(work, 'x'), settings: { formats: ['pdf'] } }, new Signer());
  expect(outcome.ok).toBe(false);
  expect(outcome.diagnostics.map((d) => [d.code, d.severity, d.file])).toEqual([['JB605', 'error', SAMPLE]]);
  expect(outcome.diagnostics[0].args).toEqual({ path: '/fonts/仿宋.ttf' });
  expect(fs.readdirSync(work)).toEqual([]);
});

test('a watch rebuild reports JB605 and keeps the last good files', async () => {
  fs.writeFileSync(path.join(work, 'wenzhou-kexie-2022-04.pdf'), 'good');
  const result = await rebuildIssue(SAMPLE, work, ['pdf']);
  expect(result.ok).toBe(false);
  expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['JB605']);
  expect(fs.readFileSync(path.join(work, 'wenzhou-kexie-2022-04.pdf'), 'utf8')).toBe('good');
});
