// Entry of a batch worker thread. The code cache goes in first, before the pipeline loads;
// workers read it but leave writing it to the main thread (src/startup/compile-cache.ts).
import { enableCompileCache } from '../startup/compile-cache';

enableCompileCache({ write: false });
require('./worker-loop');
