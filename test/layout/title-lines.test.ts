// Titles broken by GB/T 9704 7.3.3 (issue 23 item 1): whole words as Intl.Segmenter finds them,
// balanced lines, no line of one or two characters, the author's `\n` kept; the breaks live in the
// model, so the PDF (read back) and the DOCX show the same lines.
import path from 'node:path';
import type { DocumentModel, Inline, ParagraphStyle } from '../../src/model/model';
import { breakTitle, fontWidths, titleWords, type TitleSetting } from '../../src/layout/title-lines';
import { bundledFonts } from '../../src/fonts/bundled';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderDocx } from '../../src/render/docx';
import { renderPdf } from '../../src/render/pdf';
import { readDocx } from '../helpers/docx-read';
import { readPdf } from '../helpers/pdf-read';
import { linesAt } from '../render/pdf/sample-lines';

const SAMPLES = ['wenzhou-kexie-2022-04', 'feature-page-2021-06'];
const sample = (name: string) => path.join(__dirname, '../../samples', `${name}.yaml`);
const visible = (s: string) => Array.from(s.replace(/\s/gu, '')).length;

/** Offsets where the segmenter starts a word in `text`. */
function wordStarts(text: string): Set<number> {
  const starts = new Set<number>();
  let at = 0;
  for (const w of titleWords(text)) {
    starts.add(at);
    at += w.length;
  }
  return starts;
}

/** A title paragraph's lines, as the model breaks it. */
const linesOf = (inlines: Inline[]) =>
  inlines
    .map((i) => (i.kind === 'break' ? '\n' : i.kind === 'text' ? i.text : ''))
    .join('')
    .split('\n');

interface Title {
  typed: string;
  lines: string[];
}

const models = new Map<string, DocumentModel>();
const titleSets = new Map<string, Title[]>();
const titles = (name: string): Title[] => titleSets.get(name)!;

beforeAll(() => {
  for (const name of SAMPLES) {
    // kexie (二号 on a 156 mm measure) for both, so the feature page's titles are tried too.
    const compiled = compileIssue(sample(name), { template: 'kexie' });
    expect(compiled.model).not.toBeNull();
    models.set(name, compiled.model!);
    const typed = compiled.issue!.articles.map((a) => a.title);
    const paragraphs = compiled.model!.blocks.flatMap((b) => (b.kind === 'paragraph' && b.style === 'title' ? [b] : []));
    expect(paragraphs).toHaveLength(typed.length);
    titleSets.set(
      name,
      paragraphs.map((b, i) => ({ typed: typed[i], lines: linesOf(b.inlines) })),
    );
  }
});

describe.each(SAMPLES)('%s, set in kexie', (name) => {
  test("every title keeps its text; lines end only at the author's \\n or between whole words; none is shorter than 3 characters", () => {
    const all = titles(name);
    expect(all.length).toBeGreaterThan(1);
    let broken = 0;
    for (const t of all) {
      const authorLines = t.typed.split(/\s*\n\s*/);
      expect(t.lines.join('')).toBe(authorLines.join(''));
      // Within each line the author typed, the computed breaks fall on word starts.
      let k = 0;
      for (const typedLine of authorLines) {
        const starts = wordStarts(typedLine);
        let offset = 0;
        let consumed = '';
        while (consumed.length < typedLine.length) {
          const line = t.lines[k++];
          if (offset > 0) {
            expect({ title: t.typed, at: offset, starts: starts.has(offset) }).toEqual({ title: t.typed, at: offset, starts: true });
            broken++;
          }
          consumed += line;
          offset += line.length;
        }
      }
      if (t.lines.length > 1) for (const line of t.lines) expect({ line, long: visible(line) >= 3 }).toEqual({ line, long: true });
    }
    if (name === SAMPLES[0]) expect(broken).toBeGreaterThanOrEqual(4);
  });

  test('a title the author did not break is balanced: its lines differ by at most 3 characters', () => {
    for (const t of titles(name)) {
      if (t.typed.includes('\n') || t.lines.length < 2) continue;
      const lengths = t.lines.map(visible);
      expect({ title: t.typed, spread: Math.max(...lengths) - Math.min(...lengths) <= 3 }).toEqual({ title: t.typed, spread: true });
    }
  });

  test("the PDF sets each title exactly on the model's lines, and the DOCX breaks it at the same places", async () => {
    const model = models.get(name)!;
    const size = model.paragraphStyles.title.size;
    const pages = readPdf(await renderPdf(model));
    const read = linesAt(pages, size, model.page.height - model.page.marginBottom).map((l) => l.text);
    const expected = titles(name).flatMap((t) => t.lines.map((l) => l.replace(/\s/gu, '')));
    expect(read).toEqual(expected);
    const docx = readDocx(await renderDocx(model));
    for (const t of titles(name)) expect(docx.paragraphs).toContain(t.lines.join('\n'));
  }, 30_000);
});

describe('breakTitle', () => {
  const style: ParagraphStyle = {
    font: 'title',
    size: 22,
    bold: false,
    color: '#000000',
    align: 'center',
    indent: 0,
    spaceBefore: 0,
    spaceAfter: 0,
    lineHeight: 36,
    letterSpacing: 0,
    keepWithNext: true,
  };
  // Every character one em wide: 20 to a line.
  const setting: TitleSetting = { style, measure: 442, grid: null, width: () => 1 };
  const lines = (text: string, s = setting) => linesOf(breakTitle([{ kind: 'text', text }], 'title', s));

  test('a superscript or subscript never starts a line (CO₂, m², 10⁶ stay whole)', () => {
    for (let k = 8; k < 26; k++) {
      const text = `${'温州市科学技术协会关于推进'.repeat(2).slice(0, k)}CO₂与PM₂.₅和10⁶吨m²减排试点工作的通知`;
      for (const line of lines(text).slice(1)) expect(line).not.toMatch(/^[₂⁶²]/u);
    }
  });

  test('a subscript the face lacks is measured as it is drawn (its digit, smaller), not as an em-wide box', () => {
    const width = fontWidths(bundledFonts());
    expect(width('title', '₂')).toBeGreaterThan(0.25);
    expect(width('title', '₂')).toBeLessThan(0.5 * width('title', '2') + 0.1);
  });

  test('a title that fits one line is left alone', () => {
    expect(lines('温州市科创中国试点城市建设推进会召开')).toEqual(['温州市科创中国试点城市建设推进会召开']);
  });

  test('two lines of near-equal length, broken between words, never inside one', () => {
    const out = lines('市科协党组书记林建波一行调研世界青年科学家学术中心');
    expect(out).toEqual(['市科协党组书记林建波一行', '调研世界青年科学家学术中心']);
  });

  test('no line of one or two characters even when the words would make one', () => {
    for (const text of ['关于进一步加强全市科学技术普及工作的实施意见的通知稿', '一二三四五六七八九十一二三四五六七八九十一二']) {
      for (const line of lines(text)) expect(visible(line)).toBeGreaterThanOrEqual(3);
    }
  });

  test("an author's break always wins; only an overflowing line of theirs is broken further", () => {
    const inlines: Inline[] = [
      { kind: 'text', text: '短行' },
      { kind: 'break' },
      { kind: 'text', text: '市科协党组书记林建波一行调研世界青年科学家学术中心' },
    ];
    expect(linesOf(breakTitle(inlines, 'title', setting))).toEqual(['短行', '市科协党组书记林建波一行', '调研世界青年科学家学术中心']);
  });

  test('three lines take a trapezoid or diamond shape, not an hourglass', () => {
    const out = lines('市科协党组书记、主席林建波赴省第十一地质大队共商合作推进“科创中国”试点城市创建工作');
    expect(out).toHaveLength(3);
    const [a, b, c] = out.map(visible);
    expect(b < a && b < c).toBe(false);
  });

  test("a long title takes the fewest lines that fit (up to 6); a longer one is left to the renderer's wrapping", () => {
    const six = lines('市科协党组书记主席林建波赴省第十一地质大队共商合作推进科创中国试点城市创建工作'.repeat(3));
    expect(six).toHaveLength(6);
    for (const line of six) expect(visible(line)).toBeLessThanOrEqual(20);
    expect(lines('科'.repeat(400))).toEqual(['科'.repeat(400)]);
  });

  test('runs keep their own formatting when a break falls inside one', () => {
    const out = breakTitle(
      [
        { kind: 'text', text: '市科协党组书记林建波一行调研' },
        { kind: 'text', text: '世界青年科学家学术中心', bold: true },
      ],
      'title',
      setting,
    );
    expect(out).toEqual([
      { kind: 'text', text: '市科协党组书记林建波一行' },
      { kind: 'break' },
      { kind: 'text', text: '调研' },
      { kind: 'text', text: '世界青年科学家学术中心', bold: true },
    ]);
  });
});
