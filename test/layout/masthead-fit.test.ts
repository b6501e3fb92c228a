// The kexie masthead sets the publication's name at 初号 on one line; a longer name, as real office
// bulletins often have (鹿城区卫生健康工作简报, 11 characters, from a user trial), wrapped onto two
// lines without a word. Its size now steps down the 号 sizes until it fits (docs/templates.md).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderFormat } from '../../src/render/registry';
import { readDocx } from '../helpers/docx-read';
import { readPdf } from '../helpers/pdf-read';

const ISSUE = path.join(__dirname, '../fixtures/issues/k-title/k-title.yaml');

/** The trial issue under the publication name `name`: its model and its PDF's first page. */
async function withName(name: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-masthead-'));
  try {
    const file = path.join(dir, 'issue.yaml');
    fs.writeFileSync(file, fs.readFileSync(ISSUE, 'utf8'));
    const config = fs.readFileSync(path.join(path.dirname(ISSUE), 'jianbao.config.yaml'), 'utf8');
    fs.writeFileSync(path.join(dir, 'jianbao.config.yaml'), config.replace('鹿城区卫生健康工作简报', name));
    const { model } = compileIssue(file, { date: new Date('2024-03-31T00:00:00Z') });
    const [pdf, docx, html] = await Promise.all([renderFormat(model!, 'pdf'), renderFormat(model!, 'docx'), renderFormat(model!, 'html')]);
    const page = readPdf(pdf)[0];
    // pdf.js reads letter-spaced glyphs with spaces between them (poppler reads their /ActualText).
    const ofName = page.items.filter((i) => i.height > 20 && i.text.trim().length > 0 && name.includes(i.text.replace(/ /g, '')));
    const lines = [...new Set(ofName.map((i) => Math.round(i.y)))];
    const styles = readDocx(docx).xml['word/styles.xml'] ?? '';
    const masthead = /<w:style [^>]*w:styleId="masthead">[^]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    // The HTML sizes its styles in rem of the body's 16 pt.
    const htmlSize = /p-masthead \{[^}]*font-size: ([\d.]+)rem/.exec(html.toString('utf8'))?.[1];
    return { size: model!.paragraphStyles.masthead.size, lines, docxSize: /<w:sz w:val="(\d+)"/.exec(masthead)?.[1], htmlSize };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('a short name keeps 初号 (42 pt), on one line', async () => {
  const short = await withName('温州科协信息');
  expect(short.size).toBe(42);
  expect(short.lines).toHaveLength(1);
  expect(short.docxSize).toBe('84');
  expect(short.htmlSize).toBe('2.625');
});

test('an 11-character name steps down to 小初 (36 pt) and prints on one line, in the DOCX and HTML styles too', async () => {
  const long = await withName('鹿城区卫生健康工作简报');
  expect(long.size).toBe(36);
  expect(long.lines).toHaveLength(1);
  // 36 pt is w:sz 72 (half-points) in the masthead's DOCX style.
  expect(long.docxSize).toBe('72');
  expect(long.htmlSize).toBe('2.25');
});

test('a name too long even at the smallest step (小一) keeps that size and wraps', async () => {
  const longest = await withName('某某省某某市某某区卫生健康委员会工作简报');
  expect(longest.size).toBe(24);
  expect(longest.lines.length).toBeGreaterThan(1);
});
