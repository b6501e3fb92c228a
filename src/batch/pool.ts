// Runs issue jobs over N worker threads (a single issue in this thread), handing each worker its
// next issue as soon as it is free. A worker that dies takes only its current issue with it:
// that issue is reported (JB741) and a fresh worker takes over the rest. --jobs 1 is one worker
// too, so every batch gets the workers' bounded young generation (WORKER_LIMITS).
import fs from 'node:fs';
import nodeModule from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { diag } from '../diagnostics/make';
import { FontBytesHost } from '../fonts/shared-font-bytes';
import type * as BuildContextModule from '../pipeline/build-context';
import type * as BuildIssue from './build-issue';
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
  /** Aborted (Ctrl+C): no further issue is started; those in progress finish. */
  signal?: AbortSignal;
}

/**
 * V8 on Node 22+ sizes a heap by the machine's memory (a 128 MB young generation and a ~4 GB old
 * one on a large machine) and lets garbage grow toward that before collecting: most of a rendering
 * worker's peak. Bounds far above what an issue needs (its live heap is tens of MB; the hostile
 * inputs stay under 500 MB) keep a worker near its live data (fonts, templates) at no measurable
 * cost in CPU time (a 16 MB young generation cost ~10% more). A single issue builds in the main
 * thread, without them.
 */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 1024 } as const;

async function runInProcess(jobs: IssueJob[], opts: PoolOptions): Promise<void> {
  // The pipeline loads only here: a batch's main thread plans and hands out issues, so it does
  // not carry the renderers' code beside its workers.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, off the batch's main thread
  const { buildIssue } = require('./build-issue') as typeof BuildIssue;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
  const { BuildContext } = require('../pipeline/build-context') as typeof BuildContextModule;
  const context = new BuildContext();
  for (const job of jobs) {
    if (opts.signal?.aborted) return;
    opts.onDone(await buildIssue(job, opts.signer, context));
  }
}

function crashed(job: IssueJob, reason: string): IssueOutcome {
  return {
    id: job.id,
    ok: false,
    diagnostics: [diag('JB741', job.file, null, { detail: reason })],
    sources: [],
    outputs: [],
    deps: [],
    config: null,
    ms: 0,
  };
}

export async function runJobs(jobs: IssueJob[], opts: PoolOptions): Promise<void> {
  if (jobs.length <= 1) return runInProcess(jobs, opts);
  const queue = [...jobs];
  const script = opts.script ?? workerScript();
  const lanes = Math.max(1, Math.min(opts.threads, jobs.length));
  // Two workers or more hold each font file once between them; one reads its own.
  const fonts = lanes > 1 ? new FontBytesHost() : null;
  const lane = () =>
    new Promise<void>((resolve) => {
      let current: IssueJob | undefined;
      let worker: Worker;
      const next = () => {
        current = opts.signal?.aborted ? undefined : queue.shift();
        if (current) worker.postMessage(current);
        else void worker.terminate().then(() => resolve());
      };
      const start = () => {
        const fontPort = fonts?.port();
        // The worker uses this thread's compile cache folder (bin/jianbao's, in the user's own
        // cache) or none: enabled without a folder, Node would pick one in the shared temp folder.
        const compileCache = nodeModule.getCompileCacheDir?.() ?? null;
        worker = new Worker(script, {
          resourceLimits: WORKER_LIMITS,
          workerData: { compileCache, ...(fontPort ? { fontPort } : {}) },
          ...(fontPort ? { transferList: [fontPort] } : {}),
        });
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
  try {
    await Promise.all(Array.from({ length: lanes }, lane));
  } finally {
    fonts?.close();
  }
}
