// Shared by the import tests: import a file into a temp folder, and measure how much of one text
// survives, in order, in another (longest common subsequence over non-space characters).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { importFile } from '../../src/import/import-file';
import { nonSpace, type IssueData } from '../../src/import/plain-text';
import type { Encoding } from '../../src/source/read';

export const SEED_000 = path.join(__dirname, '..', 'samples', 'seeds', '000_e208822181160997.txt');
export const SEED_004 = path.join(__dirname, '..', 'samples', 'seeds', '004_02f6aa3a8cf140fd.txt');
export const SAMPLE_000 = path.join(__dirname, '..', '..', 'samples', 'wenzhou-kexie-2022-04.yaml');

export function importToTemp(file: string, encoding?: Encoding) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-import-'));
  const result = importFile(file, { lang: 'zh', outDir: dir, encoding });
  if (!result.yaml) throw new Error(`import failed: ${JSON.stringify(result.diagnostics)}`);
  const yamlPath = path.join(dir, 'issue.yaml');
  fs.writeFileSync(yamlPath, result.yaml);
  return { ...result, yaml: result.yaml, dir, yamlPath, data: parse(result.yaml) as IssueData & Record<string, unknown> };
}

/**
 * Length of the longest common subsequence, by Myers' O((N+M)·D) edit-distance search: the texts
 * compared here differ in a few hundred places, so this is fast where a full table is not.
 */
export function lcsLength(a: string[], b: string[]): number {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[max + k] = x;
      if (x >= n && y >= m) return (n + m - d) / 2;
    }
  }
  return 0;
}

/** Share of `original`'s non-space characters found in order in `copy`. */
export function inOrderShare(original: string, copy: string): number {
  const a = nonSpace(original);
  return lcsLength(a, nonSpace(copy)) / a.length;
}
