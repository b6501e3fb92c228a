// Writes an output file so that a reader never sees half of it: the bytes go to a temporary
// file beside the target, then one rename replaces the old file. A failed, short (disk full) or
// killed write leaves the previous good file in place.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { makeDirs } from './make-dirs';

export interface WriteOptions {
  /** Permission bits for the new file (kept from the file it replaces when editing in place). */
  mode?: number;
  /** Called just before the rename; throwing aborts the write and keeps the old file. */
  beforeReplace?: (temp: string) => void;
}

/** Writes every byte or throws: fs.writeSync may write fewer bytes than asked when the disk fills. */
export function writeAll(fd: number, data: Uint8Array): void {
  let done = 0;
  while (done < data.length) {
    const n = fs.writeSync(fd, data, done, data.length - done);
    if (n <= 0) throw Object.assign(new Error('ENOSPC: short write'), { code: 'ENOSPC' });
    done += n;
  }
}

/** A temporary name beside the target; stale-temp.ts recognises `.<name>.<pid>.<base36>.tmp`. */
export function tempBeside(target: string): string {
  const unique = Date.now().toString(36) + crypto.randomBytes(4).readUInt32BE(0).toString(36);
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${unique}.tmp`);
}

export function writeFileAtomic(target: string, data: Uint8Array, options: WriteOptions = {}): void {
  makeDirs(path.dirname(target));
  const temp = tempBeside(target);
  try {
    // 'wx': exclusive creation, so a planted file or symlink at the temporary name is never followed.
    const fd = fs.openSync(temp, 'wx', options.mode ?? 0o666);
    try {
      writeAll(fd, data);
      if (options.mode !== undefined) fs.fchmodSync(fd, options.mode);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (fs.statSync(temp).size !== data.length) throw Object.assign(new Error('ENOSPC: short write'), { code: 'ENOSPC' });
    options.beforeReplace?.(temp);
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}
