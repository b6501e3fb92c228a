// Removes the temporary files a killed run left beside its outputs. writeFileAtomic names them
// `.<target>.<pid>.<time>.tmp`; one whose process is gone will never be renamed into place.
// Files of a live process (another jianbao building into the same folder) are left alone.
import fs from 'node:fs';
import path from 'node:path';
import { FORMATS } from '../render/registry';

/** What a batch writes: every format's output, and the cache (.json). */
const EXTENSIONS = [...FORMATS.map((f) => f.extension), 'json'].map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const TEMP = new RegExp(`^\\..+\\.(${EXTENSIONS.join('|')})\\.(\\d+)\\.[0-9a-z]+\\.tmp$`);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, but is someone else's
  }
}

/** Returns how many were removed. */
export function removeStaleTemps(dirs: Iterable<string>): number {
  let removed = 0;
  for (const dir of new Set(dirs)) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      const m = TEMP.exec(name);
      if (!m || Number(m[2]) === process.pid || alive(Number(m[2]))) continue;
      fs.rmSync(path.join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}
