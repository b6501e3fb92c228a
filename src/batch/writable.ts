// Output folders a run cannot write to, found before anything is rendered: one message per
// folder ("不能写入，N 期未生成") instead of a render and a failed write for every issue in it.
// Only a certain answer counts (a read-only disk, no permission); anything else is left to the
// write itself, which reports its own error.
import fs from 'node:fs';
import path from 'node:path';

export type FolderProblem = 'ro' | 'perm';

export function folderProblem(dir: string): FolderProblem | null {
  // A folder still to be made is made in the nearest one that exists.
  let existing = path.resolve(dir);
  while (!fs.existsSync(existing)) {
    const up = path.dirname(existing);
    if (up === existing) return null;
    existing = up;
  }
  try {
    fs.accessSync(existing, fs.constants.W_OK);
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'EROFS' ? 'ro' : code === 'EACCES' || code === 'EPERM' ? 'perm' : null;
  }
}
