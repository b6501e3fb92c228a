// One batch build per output folder: two runs of different inputs into one folder would record
// each other's outputs as up to date. The lock file holds the owner's pid; a lock whose process
// is gone (a killed run) is taken over, a live one is reported as JB704.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import { makeDirs } from '../output/make-dirs';
import { writeFailure } from '../output/write-failure';

export const LOCK_FILE = '.jianbao.lock';

export type Lock = { ok: true; release: () => void } | { ok: false; diagnostic: Diagnostic };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(file: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Removes the folder the lock made, if the run left nothing in it: a failed build makes no folder. */
function removeIfMadeAndEmpty(out: string, made: boolean): void {
  if (!made) return;
  try {
    fs.rmdirSync(out);
  } catch {
    // Not empty (outputs were written) or already gone: either way, nothing to undo.
  }
}

/** The lock, or why the folder cannot be made or locked (JB701 naming the system's reason:
 *  a file on the way, no permission, a read-only disk) rather than a fault of jianbao's. */
export function lockOutputFolder(out: string): Lock {
  try {
    return takeLock(out);
  } catch (e) {
    return { ok: false, diagnostic: writeFailure(out, e) };
  }
}

function takeLock(out: string): Lock {
  const made = !fs.existsSync(out);
  makeDirs(out);
  const file = path.join(out, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      const release = () => {
        if (holder(file) === process.pid) fs.rmSync(file, { force: true });
        removeIfMadeAndEmpty(out, made);
      };
      return { ok: true, release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const pid = holder(file);
    // A pid of our own is another batch in this process (the build server): still busy.
    if (pid !== null && alive(pid)) return { ok: false, diagnostic: diag('JB704', out, null, { path: out, pid: String(pid), lock: file }) };
    fs.rmSync(file, { force: true });
  }
  return { ok: false, diagnostic: diag('JB704', out, null, { path: out, pid: '?', lock: file }) };
}
