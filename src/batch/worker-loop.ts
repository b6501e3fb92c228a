// The work of a batch worker thread (entered through worker.ts): builds the issues it is sent,
// one at a time, and answers each with its outcome. Fonts and templates stay open between
// issues (the thread's build context and font cache); with other workers beside it, the font
// files' bytes come from the main thread, shared (src/fonts/shared-font-bytes.ts).
import nodeModule from 'node:module';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { useFontBytesHost } from '../fonts/shared-font-bytes';
import { BuildContext } from '../pipeline/build-context';
import { buildIssue } from './build-issue';
import { Signer } from './fingerprint';
import type { IssueJob } from './job';

const fontPort = (workerData as { fontPort?: MessagePort } | null)?.fontPort;
if (fontPort) useFontBytesHost(fontPort);
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
