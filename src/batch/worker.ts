// Entry of a batch worker thread. Node's own compile cache (content-hashed) goes on first, before
// the pipeline loads; the worker flushes it after its first issue (worker-loop.ts), since a
// worker is terminated at the end of a batch and never reaches Node's write at exit.
import nodeModule from 'node:module';

nodeModule.enableCompileCache?.();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only after the compile cache is on
require('./worker-loop');
