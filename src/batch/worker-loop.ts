// The work of a batch worker thread (entered through worker.ts): builds the issues it is sent,
// one at a time, and answers each with its outcome. Fonts and templates stay open between
// issues (the thread's build context and font cache).
import nodeModule from 'node:module';
import { parentPort } from 'node:worker_threads';
import { BuildContext } from '../pipeline/build-context';
import { buildIssue } from './build-issue';
import { Signer } from './fingerprint';
import type { IssueJob } from './job';

const signer = new Signer();
const context = new BuildContext();
let first = true;
parentPort?.on('message', (job: IssueJob) => {
  void buildIssue(job, signer, context).then((outcome) => {
    // By now the whole pipeline is loaded: Node's compile cache is written once, before the
    // answer, since the pool may terminate a worker as soon as it answers.
    if (first) nodeModule.flushCompileCache?.();
    first = false;
    parentPort?.postMessage(outcome);
  });
});
