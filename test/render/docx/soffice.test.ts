// LibreOffice is the one DOCX client we can run here: when it is installed, it must open the
// document and convert it to a PDF. Its PDF is a smoke test, not a reference (see BRIEF §3).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderDocx } from '../../../src/render/docx';
import { modelWithImage } from '../../fixtures/model-docx';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { issueYaml } from '../../helpers/body-build';
import { pdffonts as findPdffonts, soffice as findSoffice, testWith } from '../../helpers/tools';
import { readPdf } from '../../helpers/pdf-read';
import { squash } from '../../helpers/sample-text';
import { convertDocxToPdf } from '../../e2e/libreoffice-convert';
import { ROWS, SAMPLE } from '../table-sample';

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

// A ☑ the body face lacks is a run of the bundled symbol face, whose subset the DOCX carries
// (render/docx/symbol-runs.ts): LibreOffice, with no such face installed here, draws it from that subset.
const fonts = findPdffonts();
testWith(
  tool.command && !fonts.command ? fonts : tool,
  'LibreOffice prints ☑ and ✔ from the symbol face the DOCX embeds',
  async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jianbao-docx-symbol-'));
    try {
      const yaml = path.join(dir, 'issue.yaml');
      writeFileSync(yaml, issueYaml([{ title: '勾选', body: '参加人员：☑科协委员，已确认✔。' }], 'kexie'));
      const docx = path.join(dir, 'issue.docx');
      writeFileSync(docx, await renderDocx(compileIssue(yaml).model!));
      const run = spawnSync(
        tool.command!,
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
        { encoding: 'utf8', timeout: 120_000 },
      );
      expect(run.status).toBe(0);
      const listed = spawnSync(fonts.command!, [path.join(dir, 'issue.pdf')], { encoding: 'utf8' });
      expect(listed.stdout).toMatch(/\+NotoSansSymbols2-Regular\s/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  180_000,
);

// Moved here from render/tables.test.ts (the fast tier checks the w:tbl's rows and cells in the XML).
testWith(
  tool,
  'the DOCX table in LibreOffice opens with the text of every cell in order and no pipes (fonts embedded)',
  async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jianbao-docx-table-'));
    try {
      const file = path.join(dir, 'issue.yaml');
      writeFileSync(file, issueYaml([{ title: '表格', body: SAMPLE, source: '市科协' }], 'kexie'));
      const model = compileIssue(file, { date: new Date('2022-04-30T00:00:00Z') }).model!;
      const pages = readPdf(convertDocxToPdf(tool.command!, await renderDocx(model, { embedFonts: true }), 'table'));
      const all = squash(pages.flatMap((p) => p.items.map((i) => i.text)).join('')).normalize('NFKC');
      expect(all).toContain(squash(ROWS.flat().join('')).normalize('NFKC'));
      expect(all).not.toContain('|');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  240_000,
);
