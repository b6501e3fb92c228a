// The DOCX as an editor meets it in Word or WPS (issue #23 item 9): Chinese style names, outline
// levels that the navigation pane and a TOC field find, none of docx's unused built-in styles,
// no two style ids equal ignoring case, the body text as Normal (正文), alt text on pictures.
import path from 'node:path';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import { renderDocx } from '../../../src/render/docx';
import type { DocumentModel } from '../../../src/model/model';
import { fixtureModel } from '../../fixtures/model';
import { modelWithImage } from '../../fixtures/model-docx';
import { paragraphElements, readDocx, type DocxContents } from '../../helpers/docx-read';

const SAMPLES = path.join(__dirname, '..', '..', '..', 'samples');

interface StyleEntry {
  id: string;
  name: string;
  xml: string;
}
const stylesOf = (docx: DocxContents): StyleEntry[] =>
  [...docx.xml['word/styles.xml'].matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g)].map((m) => ({
    id: m[1],
    name: /<w:name w:val="([^"]+)"\/>/.exec(m[0])![1],
    xml: m[0],
  }));
/** The outline level (1-based, as Word shows it) of each body paragraph that has one, with its text. */
function outline(docx: DocxContents): Array<[number, string]> {
  const levels = new Map(stylesOf(docx).map((s) => [s.id, /<w:outlineLvl w:val="(\d)"\/>/.exec(s.xml)?.[1]]));
  const out: Array<[number, string]> = [];
  paragraphElements(docx.xml['word/document.xml']).forEach((p, i) => {
    const level = levels.get(/<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? '');
    if (level !== undefined) out.push([Number(level) + 1, docx.paragraphs[i].replace(/\n/g, '')]);
  });
  return out;
}

describe.each(['wenzhou-kexie-2022-04.yaml', 'feature-page-2021-06.yaml'])('%s', (sample) => {
  let model: DocumentModel;
  let docx: DocxContents;
  beforeAll(async () => {
    model = compileIssue(path.join(SAMPLES, sample)).model!;
    docx = readDocx(await renderDocx(model));
  });

  test('every style the template defines has a Chinese name; ids are ASCII and unique ignoring case', () => {
    const styles = stylesOf(docx);
    const ids = styles.map((s) => s.id);
    expect(ids.every((id) => /^[A-Za-z][A-Za-z0-9_-]*$/.test(id))).toBe(true);
    expect(new Set(ids.map((id) => id.toLowerCase())).size).toBe(ids.length);
    const names = styles.map((s) => s.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    // Normal (Word shows it as 正文) is the body text; every other paragraph style is named in Chinese.
    const own = styles.filter((s) => s.xml.startsWith('<w:style w:type="paragraph"') && s.id !== 'Normal');
    expect(own.length).toBeGreaterThan(10);
    for (const s of own) expect(s.name).toMatch(/^[\u4e00-\u9fff]/);
    expect(own.map((s) => s.name)).toEqual(expect.arrayContaining(['文章标题', '小标题', '来源', '图片说明', '图片']));
  });

  test('no unused built-in style: no Title, Heading 1–6, Caption or TOC styles; none named "Jianbao …"', () => {
    const ids = stylesOf(docx).map((s) => s.id);
    for (const builtIn of ['Title', 'Heading1', 'Heading2', 'Heading6', 'Caption', 'TOC1', 'Strong', 'ListParagraph', 'Hyperlink'])
      expect(ids).not.toContain(builtIn);
    expect(docx.xml['word/styles.xml']).not.toContain('Jianbao');
    expect(docx.xml['word/styles.xml']).not.toContain('2E74B5'); // the built-in headings' blue
  });

  test('the body text is Word’s Normal (正文), the default paragraph style, carrying the body style', () => {
    const normal = stylesOf(docx).filter((s) => s.id === 'Normal');
    expect(normal).toHaveLength(1);
    expect(normal[0].xml).toMatch(/^<w:style w:type="paragraph" w:styleId="Normal" w:default="1">/);
    const body = model.paragraphStyles.body;
    expect(normal[0].xml).toContain(`<w:sz w:val="${body.size * 2}"/>`);
    expect(normal[0].xml).toContain(`w:eastAsia="${model.fonts[body.font].family}"`);
    expect(normal[0].xml).toContain('w:firstLineChars="200"');
    // No style builds on Normal, so restyling the body changes nothing else.
    expect(docx.xml['word/styles.xml']).not.toContain('<w:basedOn w:val="Normal"/>');
  });

  test('titles and headings carry outline levels, in document order, as the navigation pane lists them', () => {
    const levels = outline(docx);
    const titles = model.blocks.filter((b) => b.kind === 'paragraph' && b.style === 'title').length;
    expect(levels.filter(([level]) => level <= 2).length).toBeGreaterThanOrEqual(titles);
    if (sample.startsWith('wenzhou')) {
      // (The template may space the heading out; whether it does is not this test's business.)
      expect([levels[0][0], levels[0][1].replace(/\s/g, '')]).toEqual([1, '本期要目']);
      expect(levels[1]).toEqual([1, '温州市“科创中国”试点城市建设推进会召开']);
      expect(levels[2]).toEqual([2, '一是立足温州创未来，打好“主动仗”']);
      expect(levels[levels.length - 1]).toEqual([1, '简讯']);
    } else {
      // A feature page: city sections at level 1, the articles under them, subheadings below.
      expect(levels.slice(0, 3)).toEqual([
        [1, '宁波'],
        [2, '创新“五连”模式 促进科技经济融合'],
        [3, '依托学会引学会,对应产业建学会'],
      ]);
    }
  });
});

test('every picture has alt text: its caption as description and title, or its name without a caption', async () => {
  const model = compileIssue(path.join(SAMPLES, 'feature-page-2021-06.yaml')).model!;
  const captions = model.blocks.flatMap((b, i) => {
    const next = model.blocks[i + 1];
    return b.kind === 'image' && next?.kind === 'paragraph' && next.style === 'caption'
      ? [next.inlines.map((r) => (r.kind === 'text' ? r.text : '')).join('')]
      : [];
  });
  expect(captions.length).toBe(2);
  const xml = readDocx(await renderDocx(model)).xml['word/document.xml'];
  const pictures = [...xml.matchAll(/<wp:docPr\b[^>]*\/?>/g)].map((m) => m[0]).filter((d) => /name="图片 \d+"/.test(d));
  expect(pictures).toHaveLength(2);
  pictures.forEach((d, k) => {
    expect(d).toContain(`descr="${captions[k]}"`);
    expect(d).toContain(`title="${captions[k]}"`);
  });

  const bare = readDocx(await renderDocx(modelWithImage())).xml['word/document.xml'];
  expect(/<wp:docPr\b[^>]*name="图片 1"[^>]*>/.exec(bare)![0]).toContain('descr="图片 1"');
});

test('a template’s own style names: Chinese kept as the name, ids made ASCII and unique ignoring case', async () => {
  const model = fixtureModel();
  const base = model.paragraphStyles.body;
  model.paragraphStyles['Note'] = { ...base };
  model.paragraphStyles['note'] = { ...base };
  model.paragraphStyles['normal'] = { ...base };
  model.paragraphStyles['按语'] = { ...base };
  model.blocks.push(
    ...['Note', 'note', 'normal', '按语'].map((style) => ({
      kind: 'paragraph' as const,
      style,
      inlines: [{ kind: 'text' as const, text: style }],
    })),
  );
  const docx = readDocx(await renderDocx(model));
  const styles = stylesOf(docx);
  const ids = styles.map((s) => s.id);
  expect(ids.every((id) => /^[A-Za-z][A-Za-z0-9_-]*$/.test(id))).toBe(true);
  expect(new Set(ids.map((id) => id.toLowerCase())).size).toBe(ids.length);
  // Names are unique ignoring case too (Word matches them so): the second one gets its id.
  const names = styles.map((s) => s.name);
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  const noteId = ids[names.findIndex((n) => n.startsWith('简报样式 note '))];
  expect(names).toEqual(expect.arrayContaining(['按语', '简报样式 Note', `简报样式 note ${noteId}`, '简报样式 normal']));
  // Each paragraph points at the style that carries its name.
  const byId = new Map(styles.map((s) => [s.id, s.name]));
  const named = paragraphElements(docx.xml['word/document.xml'])
    .slice(-4)
    .map((p) => byId.get(/<w:pStyle w:val="([^"]+)"\/>/.exec(p)![1]));
  expect(named).toEqual(['简报样式 Note', `简报样式 note ${noteId}`, '简报样式 normal', '按语']);
});
