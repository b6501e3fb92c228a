// Runs the CLI in-process and checks the promises every run must keep whatever the input: an
// exit code of 0 or 1 (2 is reserved for usage errors and internal faults), no JB900, no stack
// trace on stderr, machine-readable diagnostics whose codes exist and whose positions are sane.
import { CODES } from '../../../src/diagnostics/codes';
import { runCli, type CliRun } from '../../helpers/run-cli';

const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;

export interface JsonDiagnostic {
  code: string;
  severity: string;
  file: string;
  line: number;
  col: number;
  message: string;
}

export interface GuardedRun extends CliRun {
  ms: number;
  diagnostics: JsonDiagnostic[];
}

/** Codes whose diagnostics concern a whole file and may carry line 0. */
const FILE_LEVEL = /^JB(00[1-9]|103|104|27[23]|40\d|41[01]|50[1-6]|60[1-3]|70\d|720|80\d|81[0-4])$/;

export function assertCleanRun(run: CliRun, what: string): void {
  const why = (msg: string) => new Error(`${what}: ${msg}\n--- stderr ---\n${run.stderr.slice(0, 2000)}`);
  if (run.code !== 0 && run.code !== 1) throw why(`exit code ${run.code}`);
  if (/JB900/.test(run.stderr + run.stdout)) throw why('internal error JB900');
  if (STACK_LINE.test(run.stderr)) throw why('a stack trace on stderr');
}

export function assertDiagnostics(diagnostics: JsonDiagnostic[], code: number, what: string): void {
  for (const d of diagnostics) {
    if (!(d.code in CODES)) throw new Error(`${what}: unknown code ${d.code}`);
    if (!Number.isInteger(d.line) || !Number.isInteger(d.col) || d.line < 0 || d.col < 0)
      throw new Error(`${what}: bad position ${d.line}:${d.col}`);
    if (d.line === 0 && !FILE_LEVEL.test(d.code)) throw new Error(`${what}: ${d.code} has no position`);
    if (!d.message || /\{\w+\}/.test(d.message)) throw new Error(`${what}: ${d.code} message unfilled: ${d.message}`);
  }
  if (code === 1 && !diagnostics.some((d) => d.severity === 'error')) throw new Error(`${what}: exit 1 without an error diagnostic`);
}

/** `jianbao check --format json FILE` with every promise checked. */
export async function guardedCheck(file: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<GuardedRun> {
  const start = Date.now();
  const run = await runCli(['check', '--format', 'json', ...extra, file], env);
  const ms = Date.now() - start;
  assertCleanRun(run, `check ${file}`);
  let diagnostics: JsonDiagnostic[];
  try {
    diagnostics = JSON.parse(run.stdout) as JsonDiagnostic[];
  } catch {
    throw new Error(`check ${file}: stdout is not JSON: ${run.stdout.slice(0, 300)}`);
  }
  assertDiagnostics(diagnostics, run.code, `check ${file}`);
  return { ...run, ms, diagnostics };
}

/** The codes named in build's text report (`file:line:col: 错误 JB123 …`), with their positions. */
export function reportedCodes(stderr: string): Array<{ code: string; line: number; col: number }> {
  return [...stderr.matchAll(/:(\d+):(\d+): \S+ (JB\d{3})/g)]
    .map((m) => ({ code: m[3], line: Number(m[1]), col: Number(m[2]) }))
    .concat([...stderr.matchAll(/^[^\s:][^:\n]*: \S+ (JB\d{3})/gm)].map((m) => ({ code: m[1], line: 0, col: 0 })));
}

/** `jianbao build FILE -o OUT --to …` with the promises checked (outputs are checked by the caller). */
export async function guardedBuild(file: string, out: string, formats = 'pdf', extra: string[] = []): Promise<GuardedRun> {
  const start = Date.now();
  const run = await runCli(['build', file, '-o', out, '--to', formats, ...extra]);
  const ms = Date.now() - start;
  assertCleanRun(run, `build ${file}`);
  return { ...run, ms, diagnostics: [] };
}
