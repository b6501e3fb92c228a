// Creates a file that must not exist yet, atomically: the bytes go to a temporary file first and
// are then hard-linked into place, which fails (EEXIST) rather than replace a file that appeared
// in the meantime. An editor's existing issue is never overwritten.
import fs from 'node:fs';
import path from 'node:path';
import { makeDirs } from '../output/make-dirs';
import { tempBeside, writeAll } from '../output/write-atomic';

export type NewFileResult = { ok: true } | { ok: false; exists: boolean; reason: string };

export function writeNewFile(target: string, text: string): NewFileResult {
  if (fs.existsSync(target)) return { ok: false, exists: true, reason: 'EEXIST' };
  makeDirs(path.dirname(target));
  const temp = tempBeside(target);
  try {
    const fd = fs.openSync(temp, 'wx');
    try {
      writeAll(fd, Buffer.from(text, 'utf8'));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    try {
      fs.linkSync(temp, target);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return { ok: false, exists: true, reason: code };
      // Some file systems (FAT, some network shares) have no hard links: fall back to a checked rename.
      if (fs.existsSync(target)) return { ok: false, exists: true, reason: 'EEXIST' };
      fs.renameSync(temp, target);
    }
    return { ok: true };
  } catch (e) {
    return { ok: false, exists: false, reason: (e as NodeJS.ErrnoException).code ?? String(e) };
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
