// `npm run bench` runs for ~11 minutes and only when someone asks for it, so a change that breaks
// it (a renamed flag, a moved module, a sample with fewer pages) would go unseen until then. This
// runs the same script on a smaller scale (one run per figure, a 3-issue archive, no peers,
// the report written elsewhere) and reads the report back. It asserts what the report says and
// how, never how fast anything was.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const DOCS = path.join(ROOT, 'docs', 'benchmarks.md');
const sha = (file: string) => (fs.existsSync(file) ? crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') : null);

interface TableRow {
  name: string;
  median: string;
  runs: string;
  target: string;
  met: string;
}

function tableRows(report: string): TableRow[] {
  return report
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| measurement'))
    .map((line) => {
      const cells = line.slice(2, -2).split(' | ');
      return { name: cells[0], median: cells[1], runs: cells[4], target: cells[6], met: cells[7] };
    });
}

describe('npm run bench, on a small scale', () => {
  let result: ReturnType<typeof spawnSync>;
  let out: string;
  let docsBefore: string | null;

  beforeAll(() => {
    out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-bench-test-')), 'report.md');
    docsBefore = sha(DOCS);
    const env = {
      ...process.env,
      BENCH_RUNS: '1',
      BENCH_WARMUP: '1',
      BENCH_ARCHIVE: '3',
      BENCH_PEERS: '0',
      BENCH_HOSTILE: '0',
      BENCH_OUT: out,
    };
    result = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'run.js')], { env, encoding: 'utf8', timeout: 280000 });
  }, 300000);

  it('finishes, prints the report (the method, then one table) and writes it to BENCH_OUT, not to docs/', () => {
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.status).toBe(0);
    const report = String(result.stdout).trimEnd();
    const method = fs.readFileSync(path.join(ROOT, 'bench', 'METHOD.md'), 'utf8').trimEnd();
    expect(report.startsWith(`${method}\n\n## Current figures\n`)).toBe(true);
    expect(report.match(/^\| measurement /gm)).toHaveLength(1);
    expect(fs.readFileSync(out, 'utf8').trimEnd()).toBe(report);
    expect(sha(DOCS)).toBe(docsBefore);
  });

  it('has every figure the issue asks for, each measured as often as asked', () => {
    const rows = tableRows(String(result.stdout));
    const names = rows.map((r) => r.name);
    for (const format of ['PDF', 'DOCX', 'PDF + DOCX']) {
      expect(names).toContain(`fresh process: sample → ${format}`);
      expect(names).toContain(`warm, one process: sample → ${format}`);
    }
    expect(names).toEqual(
      expect.arrayContaining([
        'fresh process: long issue → PDF',
        'batch 3 issues, --jobs 1',
        'batch 3 issues, --jobs 2',
        'no-change rebuild of 3 issues',
        'fresh process: check, 20,000 unknown keys',
      ]),
    );
    for (const r of rows.filter((row) => !row.name.startsWith('peer:'))) {
      expect(r.median).toMatch(/^\d+\.\d+ s$/);
      // The warm figures take twice the runs (BENCH_RUNS × 2), the others BENCH_RUNS.
      expect(r.runs).toBe(r.name.startsWith('warm') || r.name.startsWith('  of which') ? '2' : '1');
    }
  });

  it('judges the targets it has, and not the 240-issue ones on a smaller archive', () => {
    const rows = tableRows(String(result.stdout));
    const byName = new Map(rows.map((r) => [r.name, r]));
    // Without LibreOffice (BENCH_PEERS=0) the fresh-process targets, a share of its time, are named and not judged.
    expect(byName.get('fresh process: sample → PDF')).toMatchObject({ target: '≤ 0.45× LibreOffice', met: '' });
    expect(byName.get('fresh process: sample → PDF + DOCX')).toMatchObject({ target: '≤ 0.55× LibreOffice', met: '' });
    expect(byName.get('warm, one process: sample → PDF')).toMatchObject({ target: '≤ 0.060 s', met: expect.stringMatching(/^(yes|no)$/) });
    expect(byName.get('warm, one process: sample → DOCX')).toMatchObject({ target: '≤ 0.030 s', met: expect.stringMatching(/^(yes|no)$/) });
    expect(byName.get('fresh process: check, 20,000 unknown keys')).toMatchObject({
      target: '≤ 2 s',
      met: expect.stringMatching(/^(yes|no)$/),
    });
    expect(byName.get('batch 3 issues, --jobs 2')).toMatchObject({ target: '', met: '' });
    expect(byName.get('no-change rebuild of 3 issues')).toMatchObject({ target: '', met: '' });
  });

  it('says the peers were not run, rather than that none is installed', () => {
    const report = String(result.stdout);
    const peers = tableRows(report).filter((r) => r.name.startsWith('peer:'));
    expect(peers.map((p) => p.met)).toEqual(['skipped: BENCH_PEERS=0', 'skipped: BENCH_PEERS=0', 'skipped: BENCH_PEERS=0']);
    expect(report).toContain('- peers not run (BENCH_PEERS=0)');
    expect(report).not.toContain('no peer installed');
  });

  it('reports time per page on a long issue of 100+ pages against the sample', () => {
    const m =
      /Time per page: sample (\d+) pages, [\d.]+ ms\/page; long issue (\d+) pages, [\d.]+ ms\/page \(ratio [\d.]+, target ≤ 1\.5\)/.exec(
        String(result.stdout),
      );
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThanOrEqual(10);
    expect(Number(m![2])).toBeGreaterThanOrEqual(100);
  });

  it('reports memory per worker for --jobs 1 and 2, against a bare batch process', () => {
    const m =
      /Memory per worker \(batch peak RSS − the no-change rebuild's (\d+) MB, ÷ workers; target ≤ 250 MB\): --jobs 1 (-?\d+) MB, --jobs 2 (-?\d+) MB each\./.exec(
        String(result.stdout),
      );
    expect(m).not.toBeNull();
    // A bare batch process is at least Node itself; the figures are RSS, never judged here.
    expect(Number(m![1])).toBeGreaterThan(20);
  });

  it('removes its work folder', () => {
    const work = /work dir (\S+)\)/.exec(String(result.stderr))?.[1];
    expect(work).toBeDefined();
    expect(fs.existsSync(work!)).toBe(false);
  });
});
