// Turns the expanded inputs into the issues of this run: each gets its output stem (its path
// below the folder it was found in, without .yaml), two inputs claiming one stem are refused
// (JB743), and --shard keeps its stable share.
import type { InputFile } from '../inputs/inputs';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import { inShard, type Shard } from './shard';

export interface PlannedIssue {
  file: string;
  /** Output path below OUT without extension, `/`-separated: the cache key and the shard key. */
  stem: string;
}

export interface Plan {
  issues: PlannedIssue[];
  /** Issues before sharding. */
  all: number;
  diagnostics: Diagnostic[];
  /** Inputs refused for a stem another input already claimed (JB743), for the run's report. */
  refused: PlannedIssue[];
}

export function planBatch(inputs: readonly InputFile[], shard: Shard | null): Plan {
  const byStem = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const issues: PlannedIssue[] = [];
  const refused: PlannedIssue[] = [];
  for (const input of inputs) {
    const stem = input.relative.replace(/\.ya?ml$/i, '');
    const other = byStem.get(stem);
    if (other !== undefined) {
      diagnostics.push(diag('JB743', input.file, null, { path: input.file, other, stem }));
      refused.push({ file: input.file, stem });
      continue;
    }
    byStem.set(stem, input.file);
    issues.push({ file: input.file, stem });
  }
  const mine = issues.filter((i) => inShard(i.stem, shard));
  return { issues: mine, all: issues.length, diagnostics, refused };
}
