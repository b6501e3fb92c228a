// `template copy`: a template folder duplicated as a starting point for a custom look. Never
// writes into an existing folder; the copy's manifest takes the new folder's name.
import fs from 'node:fs';
import path from 'node:path';
import { MANIFEST_FILE } from './find-template';
import { makeDirs } from '../output/make-dirs';

export type CopyResult = { ok: true; name: string } | { ok: false; reason: 'exists' } | { ok: false; reason: 'io'; detail: string };

export function copyTemplate(sourceDir: string, targetDir: string): CopyResult {
  if (fs.existsSync(targetDir)) return { ok: false, reason: 'exists' };
  const name = path.basename(path.resolve(targetDir));
  try {
    makeDirs(path.dirname(path.resolve(targetDir)));
    // dereference: a copy holds real files, so it stays valid wherever it is moved.
    fs.cpSync(sourceDir, targetDir, { recursive: true, errorOnExist: true, force: false, dereference: true });
    const manifest = path.join(targetDir, MANIFEST_FILE);
    const text = fs.readFileSync(manifest, 'utf8');
    fs.writeFileSync(manifest, text.replace(/^name:.*$/m, `name: ${JSON.stringify(name)}`));
  } catch (e) {
    return { ok: false, reason: 'io', detail: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  return { ok: true, name };
}
