// A temp copy of samples/ (config and images included) for the property tests, plus a short
// version of the 2022-04 sample (two articles and the briefs) that renders fast enough to build
// many times.
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp';

export const SAMPLES = path.join(__dirname, '..', '..', '..', 'samples');

export interface Workspace {
  dir: string;
  /** Base texts to mutate, by name. */
  bases: Record<string, string>;
}

/** The sample with only its first `keep` articles (briefs and everything else kept). */
export function shortSample(text: string, keep: number): string {
  const lines = text.split('\n');
  const starts = lines.map((l, i) => (/^ {2}- title:/.test(l) ? i : -1)).filter((i) => i >= 0);
  const briefs = lines.findIndex((l) => /^briefs:/.test(l));
  if (starts.length <= keep || briefs < 0) return text;
  return [...lines.slice(0, starts[keep]), ...lines.slice(briefs)].join('\n');
}

export function makeWorkspace(prefix: string): Workspace {
  const dir = path.join(tempDir(prefix), 'samples');
  fs.cpSync(SAMPLES, dir, { recursive: true });
  const kexie = fs.readFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), 'utf8');
  const feature = fs.readFileSync(path.join(SAMPLES, 'feature-page-2021-06.yaml'), 'utf8');
  return { dir, bases: { kexie, feature, short: shortSample(kexie, 2) } };
}
