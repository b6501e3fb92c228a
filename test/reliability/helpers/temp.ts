// Temporary folders under the OS temp dir, removed after the suite unless JIANBAO_KEEP_TEMP is set.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made: string[] = [];

export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `jianbao-${prefix}-`));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  if (process.env.JIANBAO_KEEP_TEMP) return;
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
