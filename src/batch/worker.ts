// Entry of a batch worker thread. The code cache goes in first, before the pipeline loads; the
// worker adds what it compiled after its first issue (src/startup/compile-cache.ts), since a
// worker is terminated at the end of a batch and never runs exit handlers.
import { enableCompileCache } from '../startup/compile-cache';
import { lightenDependencies } from '../startup/lighter-deps';

enableCompileCache({ write: 'when-asked' });
lightenDependencies();
require('./worker-loop');
