// The series ledger of `build DIR` is read in a short-lived thread (its parsed YAML would
// otherwise stay in the batch's main thread): the answer is the in-thread one, clone for clone.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expandInputFiles } from '../../src/inputs/inputs';
import { buildLedger } from '../../src/series/build-ledger';
import { buildLedgerInThread } from '../../src/series/ledger-thread';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

/** Two issues, the second with a 总期号 that skips one (JB250 at b.yaml). */
function brokenSeries(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-ledger-thread-'));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  const sample = fs.readFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), 'utf8');
  fs.writeFileSync(path.join(dir, 'a.yaml'), sample.replace(/number: 4\b/, 'number: 3').replace('total: 269', 'total: 268'));
  fs.writeFileSync(path.join(dir, 'b.yaml'), sample.replace('total: 269', 'total: 270'));
  return dir;
}

test('the ledger read in its thread is the ledger read here: diagnostics, sources, stopped issues', async () => {
  const dir = brokenSeries();
  const { inputs } = expandInputFiles([dir]);
  const apart = await buildLedgerInThread([dir], inputs);
  const here = buildLedger([dir], inputs);
  expect(apart.stopped).toEqual(new Set([path.join(dir, 'b.yaml')]));
  expect(apart.diagnostics.map((d) => d.code)).toContain('JB250');
  expect(apart).toEqual(here);
});

test('files named one by one have no series ledger', async () => {
  const file = path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml');
  const ledger = await buildLedgerInThread([file], expandInputFiles([file]).inputs);
  expect(ledger).toEqual({ diagnostics: [], sources: new Map(), stopped: new Set(), parsed: [], memo: null });
});

test("the thread enables no compile cache of its own: Node's default folder is in the shared temp folder", () => {
  const dir = brokenSeries();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-ledger-tmp-'));
  const dist = path.join(__dirname, '..', '..', 'dist');
  // A process of its own, whose os.tmpdir() (and so Node's default cache folder) is `tmp`.
  const script = `
    const { expandInputFiles } = require(${JSON.stringify(path.join(dist, 'inputs', 'inputs.js'))});
    const { buildLedgerInThread } = require(${JSON.stringify(path.join(dist, 'series', 'ledger-thread.js'))});
    const dir = ${JSON.stringify(dir)};
    buildLedgerInThread([dir], expandInputFiles([dir]).inputs).then((l) => console.log(l.diagnostics.length));`;
  const run = execFileSync(process.execPath, ['-e', script], {
    env: { ...process.env, TMPDIR: tmp, NODE_COMPILE_CACHE: '' },
    encoding: 'utf8',
  });
  expect(run.trim()).toBe('1');
  expect(fs.readdirSync(tmp)).toEqual([]);
});
