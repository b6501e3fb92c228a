// A symbol the title face lacks (☑ ☼ from a department's form) is drawn from the bundled symbol
// face (fonts/symbol-face.ts), so the title's lines are measured in that face too: measured as
// the title face's missing-glyph box (1 em in Noto) a title was broken though it fits one line,
// or left whole though it overflows, and the PDF then wrapped it anywhere, not between words.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentModel, Inline } from '../../src/model/model';
import { bundledFonts } from '../../src/fonts/bundled';
import { fontWidths } from '../../src/layout/title-lines';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderPdf } from '../../src/render/pdf';
import { issueYaml } from '../helpers/body-build';
import { readPdf } from '../helpers/pdf-read';
import { linesAt } from '../render/pdf/sample-lines';

async function titleOf(title: string): Promise<{ model: DocumentModel; lines: string[]; printed: Array<{ text: string; width: number }> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-title-symbol-'));
  try {
    const file = path.join(dir, 'issue.yaml');
    fs.writeFileSync(file, issueYaml([{ title, body: '正文。' }], 'kexie'));
    const model = compileIssue(file).model!;
    const block = model.blocks.find((b) => b.kind === 'paragraph' && b.style === 'title');
    const inlines: Inline[] = block?.kind === 'paragraph' ? block.inlines : [];
    const lines = inlines
      .map((i) => (i.kind === 'break' ? '\n' : i.kind === 'text' ? i.text : ''))
      .join('')
      .split('\n');
    const size = model.paragraphStyles.title.size;
    const read = linesAt(readPdf(await renderPdf(model)), size, model.page.height - model.page.marginBottom);
    // The drawn width of a line: from its first glyph's left edge to its last glyph's right edge.
    const printed = read.map((l) => ({
      text: l.text,
      width: Math.max(...l.items.map((it) => it.x + it.width)) - Math.min(...l.items.map((it) => it.x)),
    }));
    return { model, lines, printed };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const measureOf = (model: DocumentModel) => model.page.width - model.page.marginInside - model.page.marginOutside;

test('a title with symbols that fits one line as drawn is not broken (☑ is 0.82 em in the symbol face, not a 1 em box)', async () => {
  // 15 ideographs and 6 symbols: 19.9 em drawn, 21 em as missing-glyph boxes; the measure is 20.1 em of 二号.
  const title = '关于☑☐☒☑☐☒市科协调研学术中心工作情况';
  const { model, lines, printed } = await titleOf(title);
  expect(printed.map((l) => l.text)).toEqual([title]);
  expect(printed[0].width).toBeLessThanOrEqual(measureOf(model));
  expect(lines).toEqual([title]);
}, 30_000);

test('a title with symbols too wide for one line as drawn is broken between words, and the PDF prints the model’s lines', async () => {
  // 14 ideographs and 5 ☼ (1.27 em each): 20.4 em drawn, 19 em as missing-glyph boxes.
  const title = '市科协调研☼☼☼☼☼学术中心工作情况通报';
  const { model, lines, printed } = await titleOf(title);
  expect(lines.length).toBe(2);
  expect(printed.map((l) => l.text)).toEqual(lines);
  for (const line of printed) expect(line.width).toBeLessThanOrEqual(measureOf(model));
}, 30_000);

test('a combining mark or a selector adds nothing to a title line’s width: it is drawn with the letter before it', () => {
  const width = fontWidths(bundledFonts());
  // Noto Serif SC has no U+0308: measured as its missing-glyph box it was a whole em.
  expect(width('title', '\u0308')).toBe(0);
  expect(width('title', '\uFE0F')).toBe(0);
  expect(width('title', 'u')).toBeGreaterThan(0.3);
});
