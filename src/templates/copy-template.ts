// `template copy`: a template folder duplicated as a starting point for a custom look. Never
// writes into an existing folder; the copy's manifest takes the new folder's name. A copy that
// fails halfway (a full disk) is removed, so no half template is left to be used.
import fs from 'node:fs';
import path from 'node:path';
import { MANIFEST_FILE } from './find-template';
import { makeDirs } from '../output/make-dirs';
import { writeFileAtomic } from '../output/write-atomic';

export type CopyResult = { ok: true; name: string } | { ok: false; reason: 'exists' } | { ok: false; reason: 'io'; detail: string };

export function copyTemplate(sourceDir: string, targetDir: string): CopyResult {
  if (fs.existsSync(targetDir)) return { ok: false, reason: 'exists' };
  const name = path.basename(path.resolve(targetDir));
  let created = false;
  try {
    makeDirs(path.dirname(path.resolve(targetDir)));
    // Only folders and regular files are copied: a symlink in a template from elsewhere could
    // point at any file of the user's (docs/security.md).
    const plain = (src: string) => {
      const stat = fs.lstatSync(src);
      if (stat.isDirectory() || stat.isFile()) return true;
      throw Object.assign(new Error(`${src} is not a regular file`), { code: 'ENOTREG' });
    };
    created = true;
    fs.cpSync(sourceDir, targetDir, { recursive: true, errorOnExist: true, force: false, filter: plain });
    const manifest = path.join(targetDir, MANIFEST_FILE);
    const text = fs.readFileSync(manifest, 'utf8');
    writeFileAtomic(manifest, Buffer.from(text.replace(/^name:.*$/m, `name: ${JSON.stringify(name)}`), 'utf8'));
  } catch (e) {
    if (created) fs.rmSync(targetDir, { recursive: true, force: true });
    return { ok: false, reason: 'io', detail: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  return { ok: true, name };
}
