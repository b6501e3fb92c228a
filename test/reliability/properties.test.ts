// Property tests: arbitrary text and hostile edits of the real samples go through `check` and
// `build` in-process. Whatever the input, a run ends with exit 0 or 1, never a crash, JB900 or
// a stack trace; errors come as diagnostics with positions; build writes complete files or
// nothing; the input file is never modified; and every case finishes within CASE_MS.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { assertOutputsComplete } from './helpers/output-checks';
import { announce, CASE_MS, FUZZ_SEED, runs } from './helpers/fuzz-config';
import { applyMutation, contentMutation, mutation } from './helpers/mutations';
import { guardedBuild, guardedCheck, reportedCodes } from './helpers/run-guarded';
import { removeTempDirs } from './helpers/temp';
import { makeWorkspace, type Workspace } from './helpers/workspace';

let ws: Workspace;
// Library warnings (process.emitWarning) reach the user's stderr in the real CLI: none allowed.
const warnings: string[] = [];
const onWarning = (w: Error) => warnings.push(w.message);
beforeAll(() => {
  ws = makeWorkspace('fuzz');
  process.on('warning', onWarning);
});
afterAll(() => {
  process.off('warning', onWarning);
  removeTempDirs();
});
afterEach(() => expect(warnings.splice(0)).toEqual([]));

const tally = { ok: 0, errors: 0, pdf: 0, docx: 0, xmlParts: 0 };
afterAll(() =>
  console.log(
    `properties: ${tally.ok} clean runs, ${tally.errors} rejected with diagnostics; ${tally.pdf} PDFs and ${tally.docx} DOCX (${tally.xmlParts} XML parts strictly parsed) checked whole`,
  ),
);

/** Writes `bytes` as an issue in the workspace, runs check on it, checks the promises. */
async function checkBytes(bytes: Buffer, name = 'mutant.yaml'): Promise<void> {
  const file = path.join(ws.dir, name);
  fs.writeFileSync(file, bytes);
  const run = await guardedCheck(file);
  if (run.ms > CASE_MS) throw new Error(`check took ${run.ms} ms`);
  if (!fs.readFileSync(file).equals(bytes)) throw new Error('check modified its input');
  if (run.code === 0) tally.ok++;
  else tally.errors++;
}

let buildCase = 0;
async function buildBytes(bytes: Buffer, formats: string): Promise<void> {
  const file = path.join(ws.dir, 'mutant.yaml');
  fs.writeFileSync(file, bytes);
  const out = path.join(ws.dir, `out-${buildCase++}`);
  const run = await guardedBuild(file, out, formats);
  if (run.ms > CASE_MS) throw new Error(`build took ${run.ms} ms`);
  if (!fs.readFileSync(file).equals(bytes)) throw new Error('build modified its input');
  const written = fs.existsSync(out) ? fs.readdirSync(out) : [];
  if (run.code === 0) {
    const want = formats
      .split(',')
      .map((f) => `mutant.${f}`)
      .sort();
    if (JSON.stringify(written.sort()) !== JSON.stringify(want)) throw new Error(`build succeeded but wrote ${written.join(', ')}`);
    const counts = assertOutputsComplete(out);
    tally.pdf += counts.pdf;
    tally.docx += counts.docx;
    tally.xmlParts += counts.xmlParts;
    tally.ok++;
  } else {
    if (written.length > 0) throw new Error(`build failed but left ${written.join(', ')}`);
    const located = reportedCodes(run.stderr);
    if (located.length === 0) throw new Error(`build failed without a diagnostic:\n${run.stderr.slice(0, 800)}`);
    tally.errors++;
  }
  fs.rmSync(out, { recursive: true, force: true });
}

const property = async <T>(name: string, numRuns: number, arb: fc.Arbitrary<T>, body: (value: T) => Promise<void>) => {
  announce(name, numRuns);
  await fc.assert(fc.asyncProperty(arb, body), { numRuns, seed: FUZZ_SEED, endOnFailure: true });
};

describe('check and build survive any input', () => {
  it('check: arbitrary Unicode and binary text', async () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }).map((s) => Buffer.from(s, 'utf8')),
      fc
        .string({ unit: fc.constantFrom(...':-[]{}&*!|>#\'"%@`?,\n \t\\x0a'.split(''), '会', '：'), maxLength: 300 })
        .map((s) => Buffer.from(s, 'utf8')),
      fc.uint8Array({ maxLength: 400 }).map((a) => Buffer.from(a)),
    );
    await property('check arbitrary text', runs(2000), anyText, (bytes) => checkBytes(bytes));
  });

  it('check: hostile edits of both samples', async () => {
    const arb = fc.tuple(fc.constantFrom('kexie', 'feature', 'short'), mutation);
    await property('check mutated samples', runs(500), arb, ([base, m]) => checkBytes(applyMutation(ws.bases[base], m)));
  });

  it('build (PDF): hostile edits of the short sample', async () => {
    const arb = fc.oneof({ arbitrary: mutation, weight: 1 }, { arbitrary: contentMutation, weight: 2 });
    await property('build pdf mutated sample', runs(60), arb, (m) => buildBytes(applyMutation(ws.bases.short, m), 'pdf'));
  });

  it('build (PDF and DOCX): hostile edits of the short sample, every DOCX part strictly parsed', async () => {
    const arb = fc.oneof({ arbitrary: mutation, weight: 1 }, { arbitrary: contentMutation, weight: 3 });
    await property('build pdf+docx mutated sample', runs(20), arb, (m) => buildBytes(applyMutation(ws.bases.short, m), 'pdf,docx'));
  });

  it('build: the unedited samples render whole, DOCX XML included', async () => {
    for (const base of ['kexie', 'feature']) await buildBytes(Buffer.from(ws.bases[base]), 'pdf,docx');
    expect(tally.docx).toBeGreaterThanOrEqual(2);
  });
});
