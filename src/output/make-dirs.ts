// Creates a folder and its missing parents. Node's own `mkdirSync(dir, { recursive: true })`
// never returns on some file systems: under /proc, creating a child fails with ENOENT while its
// parent exists, and Node retries forever (found with `-o /proc/x`, which hung the build). Here
// each missing level is created once, top down, and the first failure is thrown as it is.
import fs from 'node:fs';
import path from 'node:path';

export function makeDirs(dir: string): void {
  const missing: string[] = [];
  let at = path.resolve(dir);
  while (!fs.existsSync(at)) {
    missing.push(at);
    const parent = path.dirname(at);
    if (parent === at) break; // a root that does not exist (an unmounted drive)
    at = parent;
  }
  if (missing.length === 0 && !fs.statSync(at).isDirectory()) {
    throw Object.assign(new Error(`EEXIST: a file, not a folder, is at '${at}'`), { code: 'EEXIST', path: at });
  }
  for (const level of missing.reverse()) {
    try {
      fs.mkdirSync(level);
    } catch (e) {
      // Made meanwhile by another process (a parallel batch worker): fine if it is a folder.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !fs.statSync(level).isDirectory()) throw e;
    }
  }
}
