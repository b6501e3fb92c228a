// Decides whether an issue can be skipped: its cache entry's key (jianbao's version, the build
// options, the issue file's bytes) still matches, the same series config applies, everything
// else it read is unchanged, and its outputs are still on disk.
import { resolveTemplateRef } from '../templates/template-ref';
import fs from 'node:fs';
import path from 'node:path';
import { findConfig } from '../config/find-config';
import { readRegular } from '../source/regular-file';
import type { CacheEntry } from './cache';
import { resolvedDeps, resolvedPath } from './cache-paths';
import { sha256, type Signer } from './fingerprint';
import type { BuildSettings } from './job';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = require('../../package.json').version;

/** The key of an issue's inputs that the main thread can compute without parsing it. */
export function issueKey(file: string, settings: BuildSettings): string | null {
  let bytes: Buffer;
  try {
    bytes = readRegular(file);
  } catch {
    return null; // unreadable: build it, and let the build report why
  }
  const template = settings.template && resolveTemplateRef(settings.template);
  return sha256(JSON.stringify({ version: VERSION, ...settings, template, issue: sha256(bytes) }));
}

export function isUpToDate(entry: CacheEntry | undefined, key: string | null, file: string, outDir: string, signer: Signer): boolean {
  if (!entry || key === null || entry.key !== key) return false;
  if ((entry.config === null ? null : resolvedPath(entry.config, outDir)) !== findConfig(file)) return false;
  if (!entry.outputs.every((o) => fs.existsSync(path.join(outDir, o)))) return false;
  return signer.unchanged(resolvedDeps(entry.deps, outDir));
}
