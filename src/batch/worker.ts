// Entry of a batch worker thread. Node's own compile cache (content-hashed) goes on first, before
// the pipeline loads, in the folder the main thread uses (pool.ts) or not at all; the worker
// flushes it after its first issue (worker-loop.ts), since a worker is terminated at the end of a
// batch and never reaches Node's write at exit.
import nodeModule from 'node:module';
import { workerData } from 'node:worker_threads';

const compileCache = (workerData as { compileCache?: string | null } | null)?.compileCache;
if (compileCache) nodeModule.enableCompileCache?.(compileCache);
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only after the compile cache is on
require('./worker-loop');
