// Rewrites a file the editor owns (`check --fix`, `add`) without losing their work: the new bytes
// go through a symlink to the real file, keep its mode (and owner, where allowed), and the write
// is refused when the file no longer holds the bytes that were read (saved in an editor meanwhile).
import fs from 'node:fs';
import { writeFileAtomic } from './write-atomic';

/** Thrown (code 'ECHANGED') when the file changed after it was read; the newer version is kept. */
export class FileChangedError extends Error {
  readonly code = 'ECHANGED';
  constructor(readonly file: string) {
    super(`${file} changed since it was read`);
  }
}

export function replaceEditedFile(file: string, original: Buffer, data: Uint8Array): void {
  const real = fs.realpathSync(file);
  const stat = fs.statSync(real);
  const unchanged = () => {
    if (!fs.readFileSync(real).equals(original)) throw new FileChangedError(file);
  };
  unchanged();
  writeFileAtomic(real, data, {
    mode: stat.mode & 0o7777,
    beforeReplace: (temp) => {
      // Only root may give a file away; anyone else's new file is already theirs.
      if (process.getuid?.() === 0 && (stat.uid !== 0 || stat.gid !== 0)) fs.chownSync(temp, stat.uid, stat.gid);
      unchanged();
    },
  });
}
