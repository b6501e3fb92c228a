// Runs LibreOffice (the one DOCX client we can run here) to convert a DOCX to PDF, headless, with
// a private throw-away profile: LibreOffice keeps the fonts a document embeds in its profile, so a
// shared profile would let one conversion lend its fonts to the next.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export function convertDocxToPdf(soffice: string, docx: Buffer, name: string): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'jianbao-lo-'));
  try {
    const input = path.join(dir, `${name}.docx`);
    writeFileSync(input, docx);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    const run = spawnSync(
      soffice,
      [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input],
      {
        encoding: 'utf8',
        timeout: 180_000,
      },
    );
    if (run.error || run.status !== 0) throw new Error(`soffice failed (${run.error?.message ?? `exit ${run.status}`}): ${run.stderr}`);
    return readFileSync(path.join(dir, `${name}.pdf`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
