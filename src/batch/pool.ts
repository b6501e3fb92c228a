// Runs issue jobs over N worker threads (or in this thread when N is 1), handing each worker its
// next issue as soon as it is free. A worker that dies takes only its current issue with it:
// that issue is reported (JB741) and a fresh worker takes over the rest.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { diag } from '../diagnostics/make';
import { BuildContext } from '../pipeline/build-context';
import { buildIssue } from './build-issue';
import type { Signer } from './fingerprint';
import type { IssueJob, IssueOutcome } from './job';

/** The compiled worker. Under ts-jest this module is TypeScript, so the build in dist/ serves. */
export function workerScript(): string {
  const beside = path.join(__dirname, 'worker.js');
  return fs.existsSync(beside) ? beside : path.resolve(__dirname, '..', '..', 'dist', 'batch', 'worker.js');
}

export interface PoolOptions {
  threads: number;
  signer: Signer;
  onDone(outcome: IssueOutcome): void;
  /** Worker entry; default workerScript(). Tests pass one that misbehaves on purpose. */
  script?: string;
}

async function runInProcess(jobs: IssueJob[], opts: PoolOptions): Promise<void> {
  const context = new BuildContext();
  for (const job of jobs) opts.onDone(await buildIssue(job, opts.signer, context));
}

function crashed(job: IssueJob, reason: string): IssueOutcome {
  return { id: job.id, ok: false, diagnostics: [diag('JB741', job.file, null, { detail: reason })], sources: [], outputs: [], deps: [], config: null, ms: 0 };
}

export async function runJobs(jobs: IssueJob[], opts: PoolOptions): Promise<void> {
  if (opts.threads <= 1 || jobs.length <= 1) return runInProcess(jobs, opts);
  const queue = [...jobs];
  const script = opts.script ?? workerScript();
  const lane = () =>
    new Promise<void>((resolve) => {
      let current: IssueJob | undefined;
      let worker: Worker;
      const next = () => {
        current = queue.shift();
        if (current) worker.postMessage(current);
        else void worker.terminate().then(() => resolve());
      };
      const start = () => {
        worker = new Worker(script);
        worker.on('message', (outcome: IssueOutcome) => {
          opts.onDone(outcome);
          next();
        });
        // An uncaught fault or an exit while an issue is in flight: report it, start afresh.
        const fail = (reason: string) => {
          worker.removeAllListeners();
          void worker.terminate();
          if (current) opts.onDone(crashed(current, reason));
          start();
          next();
        };
        worker.on('error', (e) => fail(e.message));
        worker.on('exit', (code) => current && fail(`worker exited with code ${code}`));
      };
      start();
      next();
    });
  await Promise.all(Array.from({ length: Math.min(opts.threads, jobs.length) }, lane));
}
