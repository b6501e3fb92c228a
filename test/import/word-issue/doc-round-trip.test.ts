// Full tier: our own DOCX of each bundled sample saved as Word 97–2003 (.doc) by LibreOffice, as an
// office would keep it, then imported (jianbao converts it back with LibreOffice): still the
// whole issue, its printed text equal to the source issue's.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../../helpers/run-cli';
import { soffice, testWith } from '../../helpers/tools';
import { expectRoundTrip, ownDocx, tmp } from './round-trip-helpers';

const ROOT = path.join(__dirname, '..', '..', '..');
const SAMPLES = ['wenzhou-kexie-2022-04.yaml', 'feature-page-2021-06.yaml'];
const tool = soffice();

for (const name of SAMPLES) {
  testWith(
    tool,
    `${name} → our DOCX → .doc (LibreOffice) → import: the same issue`,
    async () => {
      const dir = tmp();
      const sample = path.join(ROOT, 'samples', name);
      const docx = path.join(dir, name.replace(/\.yaml$/, '.docx'));
      fs.writeFileSync(docx, (await ownDocx(sample))!);
      const converted = spawnSync(
        tool.command!,
        [
          `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'doc:MS Word 97',
          '--outdir',
          dir,
          docx,
        ],
        { timeout: 180_000 },
      );
      expect(converted.status).toBe(0);
      const doc = docx.replace(/\.docx$/, '.doc');
      const run = await runCli(['import', doc, '-o', path.join(dir, 'out')], { PATH: process.env.PATH });
      expect(run.stderr).not.toMatch(/错误 JB/);
      expect(run.stdout).toMatch(/整期/);
      expectRoundTrip(path.join(dir, 'out', name), sample);
    },
    300_000,
  );
}
