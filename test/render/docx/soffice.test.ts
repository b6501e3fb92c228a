// LibreOffice is the one DOCX client we can run here: when it is installed, it must open the
// document and convert it to a PDF. Its PDF is a smoke test, not a reference (see BRIEF §3).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderDocx } from '../../../src/render/docx';
import { modelWithImage } from '../../fixtures/model-docx';
import { soffice as findSoffice, testWith } from '../../helpers/tools';

const tool = findSoffice();

testWith(
  tool,
  'LibreOffice converts the DOCX to a PDF',
  async () => {
    const soffice = tool.command!;
    const dir = mkdtempSync(path.join(tmpdir(), 'jianbao-docx-'));
    try {
      const docx = path.join(dir, 'issue.docx');
      writeFileSync(docx, await renderDocx(modelWithImage()));
      const run = spawnSync(
        soffice,
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
        {
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      expect(run.status).toBe(0);
      const pdf = readFileSync(path.join(dir, 'issue.pdf'));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // Masthead and TOC, then a forced page break before the article: at least two pages.
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  180_000,
);
