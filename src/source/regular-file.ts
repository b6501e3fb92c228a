// Reads only regular files. A device (/dev/zero) would be read without end and a FIFO would block
// forever, so the file is opened without blocking and checked on the open descriptor, before a
// byte is read (a check by name could be raced by a rename).
import fs from 'node:fs';

/** Thrown (code 'ENOTREG') for a FIFO, device, socket or folder where a file was expected. */
export class NotRegularError extends Error {
  readonly code = 'ENOTREG';
  constructor(
    readonly file: string,
    readonly kind: string,
  ) {
    super(`${file} is not a regular file (${kind})`);
  }
}

export function kindOf(stat: fs.Stats): string {
  if (stat.isFile()) return 'file';
  if (stat.isDirectory()) return 'directory';
  if (stat.isFIFO()) return 'FIFO';
  if (stat.isCharacterDevice()) return 'character device';
  if (stat.isBlockDevice()) return 'block device';
  if (stat.isSocket()) return 'socket';
  return 'special file';
}

/** Opens `file` for reading; throws NotRegularError unless it is a regular file. */
export function openRegular(file: string): { fd: number; stat: fs.Stats } {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new NotRegularError(file, kindOf(stat));
    return { fd, stat };
  } catch (e) {
    fs.closeSync(fd);
    throw e;
  }
}

/** Reads a whole regular file. */
export function readRegular(file: string): Buffer {
  const { fd } = openRegular(file);
  try {
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
