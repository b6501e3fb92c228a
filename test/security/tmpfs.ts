// A small tmpfs for disk-full tests: only root may mount one, so other runs skip those tests by name.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function canMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-tmpfs-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const TMPFS = canMount();
export const TMPFS_REASON = 'needs root and mount -t tmpfs';

export function mountSmall(sizeKb: number): { dir: string; unmount: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-full-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]);
  return {
    dir,
    unmount: () => {
      execFileSync('umount', [dir]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fills the file system at `dir` until fewer than `leaveBytes` remain free. */
export function fillUntil(dir: string, leaveBytes: number): void {
  const free = () => {
    const s = fs.statfsSync(dir);
    return s.bavail * s.bsize;
  };
  const filler = fs.openSync(path.join(dir, 'filler'), 'w');
  try {
    const chunk = Buffer.alloc(4096, 1);
    while (free() > leaveBytes) fs.writeSync(filler, chunk);
  } catch {
    // ENOSPC: already full enough
  } finally {
    fs.closeSync(filler);
  }
}
