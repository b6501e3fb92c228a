// A batch worker enables Node's compile cache only in the folder the main thread uses (bin/jianbao
// puts it in the user's own cache) or not at all: enabled without a folder, Node picks
// os.tmpdir()/node-compile-cache, shared with every local user (docs/security.md).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** NODE_COMPILE_CACHE would name a folder for Node's default: the test needs the default itself. */
function withoutCompileCache(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_COMPILE_CACHE: _unused, ...rest } = env;
  return rest;
}

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'wenzhou-kexie-2022-04.yaml');

test('a worker enables no compile cache of its own in the shared temp folder', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-worker-tmp-'));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-worker-out-'));
  const dist = path.join(__dirname, '..', '..', 'dist');
  // A process of its own, whose os.tmpdir() (and so Node's default cache folder) is `tmp`, and
  // whose main thread has no compile cache: the worker must not turn one on.
  const script = `
    const { runJobs } = require(${JSON.stringify(path.join(dist, 'batch', 'pool.js'))});
    const { Signer } = require(${JSON.stringify(path.join(dist, 'batch', 'fingerprint.js'))});
    // Two issues: a single one is built in the calling thread, without a worker.
    const job = (id) => ({ id, file: ${JSON.stringify(SAMPLE)}, outStem: ${JSON.stringify(out)} + '/k' + id, settings: { formats: ['pdf'] } });
    runJobs([job(0), job(1)], { threads: 1, signer: new Signer(), onDone: (o) => console.log(o.ok) });`;
  const run = execFileSync(process.execPath, ['-e', script], {
    env: withoutCompileCache({ ...process.env, TMPDIR: tmp }),
    encoding: 'utf8',
  });
  expect(run.trim().split('\n')).toEqual(['true', 'true']);
  expect(fs.existsSync(path.join(out, 'k1.pdf'))).toBe(true);
  expect(fs.readdirSync(tmp)).toEqual([]);
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.rmSync(out, { recursive: true, force: true });
}, 60_000);
