// Finds the series config: jianbao.config.yaml beside the issue file or in a folder above it,
// so each issue file holds only what changes from month to month.
import fs from 'node:fs';
import path from 'node:path';

export const CONFIG_FILE_NAME = 'jianbao.config.yaml';

export function findConfig(issueFile: string): string | null {
  let dir = path.dirname(path.resolve(issueFile));
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
