// The installed bin on a 12-issue archive: a run killed part-way leaves only whole outputs (every
// PDF ends with %%EOF and parses, every DOCX unzips) and the next run completes the set; full runs
// in another time zone, with another worker count and order give byte-identical files.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { readPdf } from '../helpers/pdf-read';
import { archive, BIN, hashes, outputsIn, summaryOf, tmpDir } from './helpers';

const { dir } = archive(12);

function build(out: string, jobs: number, tz: string) {
  const run = spawnSync(process.execPath, [BIN, 'build', dir, '-o', out, '--jobs', String(jobs), '--lang', 'en'], {
    encoding: 'utf8',
    env: { ...process.env, TZ: tz, CI: '' },
  });
  expect(run.stderr).not.toMatch(/error JB/);
  expect(run.status).toBe(0);
  return run;
}

const reference = path.join(tmpDir(), 'reference');
beforeAll(() => {
  build(reference, 2, 'UTC');
});

test('two full runs (TZ=Asia/Shanghai with --jobs 1, UTC with --jobs 2) give identical sha256 for every output', () => {
  const shanghai = path.join(tmpDir(), 'shanghai');
  build(shanghai, 1, 'Asia/Shanghai');
  const a = hashes(reference);
  expect(Object.keys(a)).toHaveLength(24);
  expect(hashes(shanghai)).toEqual(a);
  // The comparison can fail: one differing output is caught.
  fs.appendFileSync(path.join(shanghai, Object.keys(a)[0]), ' ');
  expect(hashes(shanghai)).not.toEqual(a);
});

test('killing a run part-way leaves no truncated output, and the next run completes the set', async () => {
  const out = path.join(tmpDir(), 'killed');
  const child = spawn(process.execPath, [BIN, 'build', dir, '-o', out, '--jobs', '2'], {
    stdio: 'ignore',
    env: { ...process.env, CI: '' },
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  // Kill as soon as the first output appears: the other worker is mid-issue.
  while (outputsIn(out).length === 0) await new Promise((r) => setTimeout(r, 20));
  child.kill('SIGKILL');
  await exited;
  const present = outputsIn(out);
  expect(present.length).toBeGreaterThan(0);
  expect(present.length).toBeLessThan(24);
  for (const f of present) {
    const bytes = fs.readFileSync(path.join(out, f));
    if (f.endsWith('.pdf')) {
      expect(bytes.subarray(-8).toString('latin1')).toMatch(/%%EOF\s*$/);
      expect(readPdf(bytes).length).toBeGreaterThan(0);
    } else expect(unzipSync(bytes)['word/document.xml']).toBeDefined();
  }
  const next = spawnSync(process.execPath, [BIN, 'build', dir, '-o', out, '--jobs', '2', '--lang', 'en'], {
    encoding: 'utf8',
    env: { ...process.env, CI: '' },
  });
  expect(next.status).toBe(0);
  const summary = summaryOf(next.stdout);
  expect(summary.failed).toBe(0);
  expect(summary.built + summary.skipped).toBe(12);
  // the completed set is exactly what an uninterrupted run makes, and the killed run's
  // temporary files are gone
  expect(hashes(out)).toEqual(hashes(reference));
  expect((fs.readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});
