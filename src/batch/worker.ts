// Entry of a batch worker thread. Node's own compile cache (content-hashed) goes on first, before
// the pipeline loads; the worker flushes it after its first issue (worker-loop.ts), since a
// worker is terminated at the end of a batch and never reaches Node's write at exit.
import nodeModule from 'node:module';

nodeModule.enableCompileCache?.();
require('./worker-loop');
