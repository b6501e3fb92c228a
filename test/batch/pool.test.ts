// The worker pool: every job is answered exactly once, and a worker that dies takes only its
// current issue with it (JB741); a fresh worker builds the rest.
import path from 'node:path';
import { Signer } from '../../src/batch/fingerprint';
import type { IssueJob, IssueOutcome } from '../../src/batch/job';
import { runJobs, WORKER_LIMITS } from '../../src/batch/pool';

const job = (id: number, file: string): IssueJob => ({ id, file, outStem: `/nowhere/${id}`, settings: { formats: ['pdf'] } });

test('a worker dying on one issue fails that issue only; the others are built', async () => {
  const jobs = [job(0, 'a.yaml'), job(1, 'crash.yaml'), job(2, 'b.yaml'), job(3, 'c.yaml'), job(4, 'crash-too.yaml'), job(5, 'd.yaml')];
  const outcomes: IssueOutcome[] = [];
  await runJobs(jobs, {
    threads: 2,
    signer: new Signer(),
    onDone: (o) => outcomes.push(o),
    script: path.join(__dirname, 'fixtures', 'crashing-worker.js'),
  });
  expect(outcomes.map((o) => o.id).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  const failed = outcomes.filter((o) => !o.ok);
  expect(failed.map((o) => o.id).sort()).toEqual([1, 4]);
  for (const o of failed) {
    expect(o.diagnostics.map((d) => d.code)).toEqual(['JB741']);
    expect(String(o.diagnostics[0].args.detail)).toContain('code 7');
  }
});

test('every worker, --jobs 1 over several issues too, runs with bounded heap generations', async () => {
  for (const threads of [1, 2]) {
    const outcomes: Array<IssueOutcome & { limits?: { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb: number } }> = [];
    await runJobs([job(0, 'a.yaml'), job(1, 'b.yaml'), job(2, 'c.yaml')], {
      threads,
      signer: new Signer(),
      onDone: (o) => outcomes.push(o),
      script: path.join(__dirname, 'fixtures', 'limits-worker.js'),
    });
    expect(outcomes).toHaveLength(3);
    for (const o of outcomes) expect(o.limits).toMatchObject(WORKER_LIMITS);
  }
  expect(WORKER_LIMITS.maxYoungGenerationSizeMb).toBeLessThanOrEqual(32);
  // High enough that no issue meets it (the hostile inputs stay under 500 MB, issue #26).
  expect(WORKER_LIMITS.maxOldGenerationSizeMb).toBeGreaterThanOrEqual(1024);
});
