// Writes an output file so that a reader never sees half of it: the bytes go to a temporary
// file beside the target, then one rename replaces the old file. A failed or killed run leaves
// the previous good file in place.
import fs from 'node:fs';
import path from 'node:path';
import { makeDirs } from './make-dirs';

export function writeFileAtomic(target: string, data: Uint8Array): void {
  makeDirs(path.dirname(target));
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}
