// Signatures of the files an issue is built from, for the incremental cache. Contents are hashed
// (sha256) for the issue, its config, its template folder, its images and its fonts: an edit that
// keeps size and time (a checkout, a copy with -p, a font package updated in place) is still seen.
// Each shared file is hashed once per run (Signer), so 240 issues cost one pass over the fonts.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readRegular } from '../source/regular-file';

export type DepKind = 'file' | 'dir';

export interface Dep {
  kind: DepKind;
  /** Absolute path. */
  path: string;
  /** What it was when the outputs were made; '-' means it did not exist. */
  sig: string;
}

export const sha256 = (data: string | Uint8Array): string => crypto.createHash('sha256').update(data).digest('hex');

function filesBelow(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesBelow(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

function computeSig(kind: DepKind, file: string): string {
  try {
    if (kind === 'file') return sha256(readRegular(file));
    // A folder: every file's relative name and bytes, so an added or renamed partial counts too.
    const h = crypto.createHash('sha256');
    for (const f of filesBelow(file))
      h.update(`${path.relative(file, f)}\0`)
        .update(readRegular(f))
        .update('\0');
    return h.digest('hex');
  } catch {
    return '-';
  }
}

/** Signs dependencies, each path at most once per run (240 issues share one config and template). */
export class Signer {
  private readonly memo = new Map<string, string>();

  sig(kind: DepKind, file: string): string {
    const key = `${kind}\0${file}`;
    let sig = this.memo.get(key);
    if (sig === undefined) {
      sig = computeSig(kind, file);
      this.memo.set(key, sig);
    }
    return sig;
  }

  dep(kind: DepKind, file: string): Dep {
    return { kind, path: file, sig: this.sig(kind, file) };
  }

  /** True when every dependency is as it was recorded. */
  unchanged(deps: readonly Dep[]): boolean {
    return deps.every((d) => this.sig(d.kind, d.path) === d.sig);
  }
}
