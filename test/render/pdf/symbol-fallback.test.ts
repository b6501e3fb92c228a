// A symbol no bundled Chinese face has (☑ ☐ ☒ ✔ from a department's form) is drawn from the
// bundled symbol face, Noto Sans Symbols 2, as Word and WPS fall back to a symbol font: the PDF
// is made and copies as typed. A character no bundled face has still stops the PDF (JB604).
import { buildArticles } from '../../helpers/body-build';
import { embeddedFontNames } from '../../helpers/pdf-read';
import { renderPdf } from '../../../src/render/pdf';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { issueYaml } from '../../helpers/body-build';

const BODY = '参加人员：☑ 科协委员 ☐ 学会代表 ☒ 列席，已确认 ✔。';

for (const template of ['kexie', 'plain']) {
  test(`${template}: ☑ ☐ ☒ ✔ print from the symbol face and copy as typed`, async () => {
    const built = await buildArticles([{ title: '表格勾选', body: BODY }], template);
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const printed = built.pdfLines.map((l) => l.text.replace(/\s+/g, '')).join('');
    expect(printed).toContain(BODY.replace(/\s+/g, ''));
  });
}

test('the symbol face is embedded only in a document that draws a symbol from it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-symbol-'));
  try {
    const pdfOf = async (body: string) => {
      const file = path.join(dir, 'issue.yaml');
      fs.writeFileSync(file, issueYaml([{ title: '勾选', body }], 'kexie'));
      return renderPdf(compileIssue(file).model!);
    };
    expect(embeddedFontNames(await pdfOf(BODY)).some((n) => /NotoSansSymbols2/.test(n))).toBe(true);
    expect(embeddedFontNames(await pdfOf('没有符号的一段正文。')).some((n) => /NotoSansSymbols2/.test(n))).toBe(false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a character neither face has (𠀀) still stops the PDF', async () => {
  const built = await buildArticles([{ title: '罕见字', body: '☑ 罕见字𠀀。' }], 'kexie');
  expect(built.diagnostics.filter((d) => d.code === 'JB604').map((d) => d.args?.char)).toEqual(['𠀀']);
});

test('on the grid a symbol narrower than its cell is centred in it: no gap after it that copies as a space', async () => {
  const built = await buildArticles([{ title: '勾选', body: '参加人员勾选☑完成，确认✔无误。' }], 'kexie');
  expect(built.pdfLines.map((l) => l.text)).toContain('参加人员勾选☑完成，确认✔无误。');
});

// U+FE0F asks for an emoji's colour picture, U+FE0E for its text form: print has only the text
// form, which is what is drawn, so neither is a missing form (JB606 is for a face's own variants).
test('a symbol with a presentation selector (☑️ ❤️ ⚠️ as pasted from a chat) prints without a warning and copies with it, a bare one without', async () => {
  const body = '勾选☑完成，再☑\uFE0F确认，❤与❤\uFE0F，注意⚠\uFE0F。';
  const built = await buildArticles([{ title: '勾选', body }], 'plain');
  expect(built.diagnostics.filter((d) => d.code.startsWith('JB6')).map((d) => d.code)).toEqual([]);
  expect(built.pdfLines.map((l) => l.text).join('')).toContain(body);
});
