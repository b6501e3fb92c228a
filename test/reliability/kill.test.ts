// Kill test: `jianbao build` on both samples (PDF and DOCX) is SIGKILLed at random moments,
// several times, over the outputs of an older version of the issues. After every kill each
// output present must be byte-for-byte the previous good file or the complete new one (never a
// half-written or empty file); both versions are checked whole (pdfjs parse, strict DOCX XML).
import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LOCK_FILE } from '../../src/batch/output-lock';
import { readPdf } from '../helpers/pdf-read';
import { seededRandom as random } from '../helpers/seeded-random';
import { FUZZ_SEED } from './helpers/fuzz-config';
import { assertCompleteDocx, assertCompletePdf } from './helpers/output-checks';
import { runCliProcess, startCli } from './helpers/spawn-cli';
import { removeTempDirs } from './helpers/temp';
import { makeWorkspace } from './helpers/workspace';

const KILLS = Math.max(6, Number(process.env.JIANBAO_KILLS) || 0);
// Output names; the kill test builds both samples (two issues, four files) per run.
const ISSUES = ['wenzhou-kexie-2022-04', 'feature-page-2021-06'];
const OUTPUTS = ISSUES.flatMap((n) => [`${n}.pdf`, `${n}.docx`]);

const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

function snapshot(dir: string): Map<string, Buffer> {
  return new Map(OUTPUTS.filter((f) => fs.existsSync(path.join(dir, f))).map((f) => [f, fs.readFileSync(path.join(dir, f))]));
}

function assertWhole(name: string, bytes: Buffer): void {
  if (name.endsWith('.pdf')) {
    assertCompletePdf(bytes, name);
    expect(readPdf(bytes).length).toBeGreaterThan(0);
  } else assertCompleteDocx(bytes, name);
}

afterAll(removeTempDirs);

/** Kills `child` after `delay` ms ('time'), as soon as a temporary file shows up in `out`
 *  ('writing'), or after the `renames`-th output took its final name ('replaced'); a trigger
 *  that never comes falls back to `fallback` ms. */
async function killWhen(
  child: ChildProcess,
  out: string,
  mode: 'time' | 'writing' | 'replaced',
  delay: number,
  renames: number,
  fallback: number,
): Promise<string> {
  return new Promise<string>((resolve) => {
    let seen = 0;
    const fire = (trigger: string) => {
      watcher?.close();
      clearTimeout(timer);
      child.kill('SIGKILL');
      resolve(trigger);
    };
    const watcher =
      mode === 'time'
        ? null
        : fs.watch(out, (_event, name) => {
            if (!name) return;
            if (mode === 'writing' && name.endsWith('.tmp')) fire('temp file');
            if (mode === 'replaced' && OUTPUTS.includes(name) && ++seen >= renames) fire('rename');
          });
    const timer = setTimeout(() => fire('timer'), mode === 'time' ? delay : fallback);
  });
}

it(`SIGKILL at random points (${KILLS} runs) leaves each output old or complete-new`, async () => {
  const ws = makeWorkspace('kill');
  const files = ISSUES.map((n) => path.join(ws.dir, `${n}.yaml`));
  const args = (out: string) => ['build', ...files, '-o', out, '--to', 'pdf,docx'];
  const out = path.join(ws.dir, 'out');

  // The previous good outputs: the same issues with a changed first title.
  const originals = files.map((f) => fs.readFileSync(f, 'utf8'));
  files.forEach((f, i) => fs.writeFileSync(f, originals[i].replace(/^(\s*(?:- )?title: )(.*)$/m, '$1旧版$2')));
  expect((await runCliProcess(args(out))).code).toBe(0);
  const old = snapshot(out);
  files.forEach((f, i) => fs.writeFileSync(f, originals[i]));

  // The complete new outputs, built elsewhere; and how long a whole run takes.
  const started = Date.now();
  expect((await runCliProcess(args(path.join(ws.dir, 'reference')))).code).toBe(0);
  const fullMs = Date.now() - started;
  const fresh = snapshot(path.join(ws.dir, 'reference'));
  expect([...old.keys()].sort()).toEqual([...OUTPUTS].sort());
  expect([...fresh.keys()].sort()).toEqual([...OUTPUTS].sort());
  for (const f of OUTPUTS) {
    expect(sha(old.get(f)!)).not.toBe(sha(fresh.get(f)!));
    assertWhole(`old ${f}`, old.get(f)!);
    assertWhole(`new ${f}`, fresh.get(f)!);
  }

  const rand = random(FUZZ_SEED);
  const seen = { old: 0, new: 0, killedBeforeExit: 0, mixed: 0 };
  const triggers: Record<string, number> = {};
  for (let k = 0; k < KILLS; k++) {
    // Reset to the old outputs so each kill can land on a replacement in progress.
    for (const [f, bytes] of old) fs.writeFileSync(path.join(out, f), bytes);
    // A third of the kills land at a random time, a third the moment a temporary output file
    // appears (mid-write), a third right after the first outputs were replaced (old and new mixed).
    const mode = (['time', 'writing', 'replaced'] as const)[k % 3];
    const delay = Math.round(fullMs * (0.15 + rand() * 0.9));
    const { child, done } = startCli(args(out));
    const trigger = await killWhen(child, out, mode, delay, 1 + Math.floor(rand() * 3), fullMs * 4);
    triggers[trigger] = (triggers[trigger] ?? 0) + 1;
    const exit = await done;
    if (exit.signal === 'SIGKILL') seen.killedBeforeExit++;
    for (const f of OUTPUTS) {
      const file = path.join(out, f);
      expect(fs.existsSync(file)).toBe(true);
      const digest = sha(fs.readFileSync(file));
      const which = digest === sha(old.get(f)!) ? 'old' : digest === sha(fresh.get(f)!) ? 'new' : 'neither';
      expect({ kill: k, delay, file: f, which }).toEqual({ kill: k, delay, file: f, which: expect.stringMatching(/^(old|new)$/) });
      seen[which as 'old' | 'new']++;
    }
    const states = OUTPUTS.map((f) => sha(fs.readFileSync(path.join(out, f))) === sha(old.get(f)!));
    if (states.includes(true) && states.includes(false)) seen.mixed++;
  }
  // Killed runs may leave their hidden temporary files and their output-folder lock (taken over
  // by the next run); they never take an output's name.
  const leftovers = fs.readdirSync(out).filter((f) => !OUTPUTS.includes(f) && f !== LOCK_FILE);
  for (const f of leftovers) expect(f).toMatch(/^\..*\.tmp$/);
  console.log(
    `kill test: ${KILLS} kills (seed ${FUZZ_SEED}, whole run ${fullMs} ms; triggered by ${JSON.stringify(triggers)}), ${seen.killedBeforeExit} mid-run, ${seen.mixed} leaving old and new side by side; outputs seen old ${seen.old}, complete new ${seen.new}; ${leftovers.length} temp files left by killed runs`,
  );
  expect(seen.killedBeforeExit).toBeGreaterThan(0);
  expect(seen.old).toBeGreaterThan(0);
  // Outputs are written in the last tenth of a run: the watched kills must have caught writes.
  expect((triggers['temp file'] ?? 0) + (triggers.rename ?? 0)).toBeGreaterThan(0);
}, 180_000);
