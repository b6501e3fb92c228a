// A character followed by a variation selector is printed as one glyph: the face's variant when it
// has one, else the character's usual form, which is a warning (JB606) and never a missing glyph
// (JB604, which stops the PDF). A selector with nothing before it prints nothing: JB607. The typed
// text, selector included, reaches the PDF's copied text and the DOCX unchanged.
import { execFileSync } from 'node:child_process';
import { buildArticles } from '../helpers/body-build';
import { renderPdf } from '../../src/render/pdf';
import { findTool, testWith } from '../helpers/tools';

const codes = (ds: Array<{ code: string }>) => ds.map((d) => d.code);

describe('variation sequences', () => {
  it('prints 葛 + U+E0100, which Noto Serif SC has no form for, in its usual form with a warning at its place', async () => {
    const body = '户籍上写作葛\u{E0100}的那位同志。';
    const built = await buildArticles([{ title: '异体字', body }]);
    expect(codes(built.diagnostics)).not.toContain('JB604');
    const warning = built.diagnostics.find((d) => d.code === 'JB606');
    expect(warning).toMatchObject({ severity: 'warning', args: { char: '葛', codepoint: 'U+E0100', role: 'body', article: '异体字' } });
    expect(warning?.line).toBeGreaterThan(0);
    const printed = built.pdfLines.map((l) => l.text).join('');
    expect(printed).toContain('葛\u{E0100}的');
    expect(built.docxParagraphs.join('')).toContain(body);
  });

  // On the text grid each ideograph is an atom: the selector was one of its own, and the plain 葛
  // drawn first gave the shared glyph its copied text, so 葛 + U+E0100 copied as 葛.
  it('copies as typed on the grid, beside the same character typed plain', async () => {
    const body = '葛先生说：户籍上写作葛\u{E0100}的那位同志，也姓葛。';
    const built = await buildArticles([{ title: '异体字', body }], 'kexie');
    const printed = built.pdfLines.map((l) => l.text).join('');
    expect(printed).toContain('葛先生说');
    expect(printed).toContain('写作葛\u{E0100}的');
    expect(printed).toContain('也姓葛。');
  });

  it('says nothing of a form the face has: 礼 + U+FE00 (a glyph of its own), 兀 + U+FE00 (its usual glyph, by the cmap)', async () => {
    const built = await buildArticles([{ title: '异体字', body: '礼\uFE00与兀\uFE00的写法。' }]);
    expect(codes(built.diagnostics)).not.toContain('JB604');
    expect(codes(built.diagnostics)).not.toContain('JB606');
    expect(built.pdfLines.map((l) => l.text).join('')).toMatch(/礼\uFE00?与兀/);
  });

  it('warns of 辶 + U+FE00, a standardized variant Noto Serif SC lacks', async () => {
    const built = await buildArticles([{ title: '异体字', body: '走之旁辶\uFE00的写法。' }]);
    expect(built.diagnostics.filter((d) => d.code === 'JB606').map((d) => d.args?.char)).toEqual(['辶']);
  });

  it('names a selector with nothing before it (JB607), at the paragraph that has it', async () => {
    const built = await buildArticles([{ title: '单独的选择符', body: '第一段。\n\n\uFE00第二段开头有一个选择符。' }]);
    const found = built.diagnostics.filter((d) => d.code === 'JB607');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', args: { codepoint: 'U+FE00', article: '单独的选择符' } });
    expect(codes(built.diagnostics)).not.toContain('JB604');
    expect(built.pdfLines.map((l) => l.text).join('')).toContain('第二段开头');
  });
});

const pdftotext = findTool(['pdftotext'], ['-v'], 'apt-get install poppler-utils');

testWith(pdftotext, 'pdftotext copies the selector after its character, and not after the plain one', async () => {
  const { compileIssue } = await import('../../src/pipeline/compile-issue');
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const { issueYaml } = await import('../helpers/body-build');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-vs-'));
  try {
    const file = path.join(dir, 'issue.yaml');
    fs.writeFileSync(file, issueYaml([{ title: '异体字', body: '葛先生说：户籍上写作葛\u{E0100}的那位同志。' }], 'kexie'));
    const { model } = compileIssue(file);
    const text = execFileSync(pdftotext.command!, ['-', '-'], { input: await renderPdf(model!) }).toString('utf8');
    expect(text).toContain('葛先生说');
    expect(text).toContain('写作葛\u{E0100}的');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
