// A whole batch: plan the issues, skip those whose inputs did not change, build the rest over the
// worker pool, record each finished issue in the cache at once, and tally the result. Printing
// is left to the caller except progress, which must appear as issues finish.
import path from 'node:path';
import type { InputFile } from '../inputs/inputs';
import { appendAll, type Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import type { Lang } from '../diagnostics/messages';
import { archiveRoot, storedDeps, storedPath } from './cache-paths';
import { BuildCache } from './cache';
import { Signer } from './fingerprint';
import type { BuildSettings, IssueJob, IssueOutcome } from './job';
import { lockOutputFolder } from './output-lock';
import { planBatch } from './plan';
import { runJobs } from './pool';
import { Progress, type ProgressSink } from './progress';
import { writeFailure } from '../output/write-failure';
import { removeStaleTemps } from './stale-temp';
import { folderProblem, type FolderProblem } from './writable';
import type { Shard } from './shard';
import { isUpToDate, issueKey } from './up-to-date';
import { outputStem } from '../output/output-paths';
import { firstErrorReason } from './first-error';
import { orphanOutputs } from './orphans';
import { oldOutputs, oldOutputsKept } from './old-outputs';
import { w } from '../i18n/batch';

export interface BatchOptions {
  out: string;
  settings: BuildSettings;
  threads: number;
  /** Skip issues whose inputs did not change (false: --force). */
  skipUnchanged: boolean;
  /** Read and write OUT/.jianbao-cache.json at all. */
  useCache: boolean;
  shard: Shard | null;
  lang: Lang;
  sink: ProgressSink;
  /** Issues of the run that are not built (the series ledger stopped them), with the reason: they
   *  count in the progress and get a line of their own. */
  stopped?: ReadonlyArray<{ name: string; reason: string; file: string }>;
  /** Aborted (Ctrl+C): no further issue is started (BatchResult.notStarted counts them). */
  signal?: AbortSignal;
  /** Whether a folder can be written (tests stand in for a read-only disk here). */
  folderProblem?: (dir: string) => FolderProblem | null;
}

/** What became of one issue of the run, for a machine-readable report (build --format json). */
export interface BatchIssue {
  file: string;
  /** Its output path below OUT without extension, as the progress lines name it. */
  name: string;
  status: 'built' | 'up-to-date' | 'failed' | 'not-started';
  /** The files written (built issues only). */
  outputs: string[];
}

export interface BatchResult {
  total: number;
  /** Issues found before --shard picked this run's share. */
  all: number;
  built: number;
  skipped: number;
  failed: number;
  /** Issues left unbuilt by an interrupt. */
  notStarted: number;
  /** Issues not built this run whose outputs from an earlier build are still in the output folder (JB706). */
  oldKept: number;
  seconds: number;
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  /** Every issue of this run's share, in plan order (refused ones first). */
  issues: BatchIssue[];
}

const slashed = (p: string) => p.split(path.sep).join('/');

/** JB333 for an output folder that cannot be written, naming how many issues it kept from being built. */
function unwritable(dir: string, problem: FolderProblem, count: number): Diagnostic {
  // `dir` is in the output folder's own form (output-paths.ts), as the progress lines say it.
  return diag('JB333', dir, null, { path: dir, count, ...(problem === 'ro' ? { ro: '' } : { perm: '' }) });
}

export async function runBatch(inputs: readonly InputFile[], opts: BatchOptions): Promise<BatchResult> {
  const problem = (opts.folderProblem ?? folderProblem)(opts.out);
  // Every issue of the run is counted as not built when the folder cannot be written or is locked.
  const noneBuilt = (diagnostic: (count: number) => Diagnostic): BatchResult => {
    const plan = planBatch(inputs, opts.shard);
    const count = plan.issues.length;
    const diagnostics = [diagnostic(count)];
    return {
      total: count,
      all: count,
      built: 0,
      skipped: 0,
      failed: count,
      notStarted: 0,
      oldKept: 0,
      seconds: 0,
      diagnostics,
      sources: new Map(),
      issues: plan.issues.map((i) => ({ file: i.file, name: i.stem, status: 'failed', outputs: [] })),
    };
  };
  if (problem) return noneBuilt((count) => unwritable(opts.out, problem, count));
  const lock = lockOutputFolder(opts.out);
  if (!lock.ok) return noneBuilt(() => lock.diagnostic);
  try {
    return await runLocked(inputs, opts);
  } finally {
    lock.release();
  }
}

async function runLocked(inputs: readonly InputFile[], opts: BatchOptions): Promise<BatchResult> {
  const plan = planBatch(inputs, opts.shard);
  // Each planned issue's record, by its plan id (one never started keeps 'not-started'); the
  // refused ones (JB743) first.
  const issues = plan.issues.map((i): BatchIssue => ({ file: i.file, name: i.stem, status: 'not-started', outputs: [] }));
  const refused = plan.refused.map((i): BatchIssue => ({ file: i.file, name: i.stem, status: 'failed', outputs: [] }));
  const result: BatchResult = {
    total: plan.issues.length,
    all: plan.all,
    built: 0,
    skipped: 0,
    failed: plan.diagnostics.length,
    notStarted: 0,
    oldKept: 0,
    seconds: 0,
    diagnostics: [...plan.diagnostics],
    sources: new Map(),
    issues: [...refused, ...issues],
  };
  const cache = opts.useCache ? BuildCache.load(opts.out) : BuildCache.none();
  if (cache.unreadable && cache.file)
    result.diagnostics.push(diag('JB742', cache.file, null, { path: cache.file, reason: cache.unreadable }));
  const signer = new Signer();
  const stopped = opts.stopped ?? [];
  const progress = new Progress(opts.sink, opts.lang, plan.issues.length + stopped.length);
  /** A failure's reason, naming its outputs left from an earlier build (JB706), if any. */
  const withOldOutputs = (name: string, file: string, reason: string) => {
    const old = oldOutputs(outputStem(opts.out, name), opts.settings.formats);
    if (old.length === 0) return reason;
    result.oldKept++;
    result.diagnostics.push(oldOutputsKept(file, old));
    return w(opts.lang, 'oldKept', { reason, files: old.join(', ') });
  };
  for (const s of stopped) progress.stopped(s.name, withOldOutputs(s.name, s.file, s.reason));
  const jobs: IssueJob[] = [];
  const keys: Array<string | null> = [];
  for (const [id, issue] of plan.issues.entries()) {
    const key = issueKey(issue.file, opts.settings);
    keys.push(key);
    if (opts.skipUnchanged && isUpToDate(cache.get(issue.stem), key, issue.file, opts.out, signer)) {
      result.skipped++;
      issues[id].status = 'up-to-date';
      progress.issue(issue.stem, 'skipped');
    } else jobs.push({ id, file: issue.file, outStem: outputStem(opts.out, issue.stem), settings: opts.settings, sign: opts.useCache });
  }

  // Issues whose output folder cannot be written fail at once, one message per folder.
  const problems = new Map<string, FolderProblem | null>();
  const blocked = new Map<string, number>();
  const problemOf = (dir: string) => {
    if (!problems.has(dir)) problems.set(dir, (opts.folderProblem ?? folderProblem)(dir));
    return problems.get(dir)!;
  };
  const runnable = jobs.filter((job) => {
    const dir = path.dirname(job.outStem);
    if (!problemOf(dir)) return true;
    blocked.set(dir, (blocked.get(dir) ?? 0) + 1);
    result.failed++;
    issues[job.id].status = 'failed';
    progress.issue(plan.issues[job.id].stem, 'failed');
    return false;
  });
  for (const [dir, count] of blocked) result.diagnostics.push(unwritable(dir, problemOf(dir)!, count));

  // Leftovers of a killed run, in the folders this run writes to (and the cache's own folder).
  removeStaleTemps([opts.out, ...runnable.map((j) => path.dirname(j.outStem))]);

  let cacheBroken = false;
  /** A cache that cannot be written is reported once; the outputs themselves are unaffected. */
  const saving = (write: () => void) => {
    try {
      write();
    } catch (e) {
      if (!cacheBroken) result.diagnostics.push(writeFailure(String(cache.file), e));
      cacheBroken = true;
    }
  };
  const record = (stem: string, outcome: IssueOutcome) => {
    const key = keys[outcome.id];
    const root = archiveRoot(opts.out, plan.issues[outcome.id].file);
    const entry =
      outcome.ok && key
        ? {
            key,
            config: outcome.config === null ? null : storedPath(outcome.config, opts.out, root),
            deps: storedDeps(outcome.deps, opts.out, root),
            outputs: outcome.outputs.map((o) => slashed(path.relative(opts.out, o))),
            source: slashed(path.relative(opts.out, plan.issues[outcome.id].file)),
          }
        : null;
    saving(() => cache.set(stem, entry));
  };

  let finished = 0;
  await runJobs(runnable, {
    threads: opts.threads,
    signer,
    signal: opts.signal,
    onDone: (outcome) => {
      finished++;
      const { stem } = plan.issues[outcome.id];
      record(stem, outcome);
      if (outcome.ok) result.built++;
      else result.failed++;
      appendAll(result.diagnostics, outcome.diagnostics);
      for (const [f, text] of outcome.sources) result.sources.set(f, text);
      // In the output folder's own form (output-paths.ts), as the write errors name them.
      const written = outcome.ok ? outcome.outputs : [];
      Object.assign(issues[outcome.id], { status: outcome.ok ? 'built' : 'failed', outputs: written });
      const issue = plan.issues[outcome.id];
      const reason = outcome.ok ? '' : withOldOutputs(issue.stem, issue.file, firstErrorReason(outcome.diagnostics, opts.lang));
      progress.issue(stem, outcome.ok ? 'built' : 'failed', outcome.ms, written, reason);
    },
  });
  result.notStarted = runnable.length - finished;
  const orphans = result.notStarted === 0 ? orphanOutputs(cache, opts.out) : null;
  if (orphans) result.diagnostics.push(orphans);
  saving(() => cache.flush());
  progress.finish();
  result.seconds = progress.elapsedSeconds();
  return result;
}
