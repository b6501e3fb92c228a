// The container: byte-identical output for one model, a well-formed and complete package, fixed
// dates and entry order, and the page-number footers wired to odd and even pages.
import { renderDocx } from '../../../src/render/docx';
import { entryTime } from '../../../src/render/docx/reproducible-zip';
import { fixtureModel } from '../../fixtures/model';
import { modelWithCentredNumbers, modelWithImage, modelWithoutNumbers } from '../../fixtures/model-docx';
import { readDocx } from '../../helpers/docx-read';
import { assertWellFormed } from './xml-wellformed';

test('two renders of one model are byte-identical, images included', async () => {
  // docx numbers drawings with a process-wide counter: the second render is the one that differs.
  const first = await renderDocx(modelWithImage());
  // A different second on the clock, without waiting a second for it: only Date is faked.
  jest.useFakeTimers({
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
    now: Date.now() + 1100,
  });
  const second = await renderDocx(modelWithImage()).finally(() => jest.useRealTimers());
  expect(Buffer.compare(first, second)).toBe(0);
});

test('every XML part is well-formed and the package lists its parts', async () => {
  const docx = readDocx(await renderDocx(modelWithImage()));
  for (const [name, xml] of Object.entries(docx.xml)) {
    expect(() => assertWellFormed(xml)).not.toThrow();
    expect(name).toBeTruthy();
  }
  const types = docx.xml['[Content_Types].xml'];
  for (const name of docx.names.filter((n) => n.endsWith('.xml') && n !== '[Content_Types].xml')) {
    expect(types).toContain(`PartName="/${name}"`);
  }
  // Every relationship target of the document exists in the package.
  for (const m of docx.xml['word/_rels/document.xml.rels'].matchAll(/Target="([^"]+)"/g)) {
    expect(docx.names).toContain(`word/${m[1]}`);
  }
});

test('entries: content types first, then package rels, then by name; no clock in core.xml', async () => {
  const docx = readDocx(await renderDocx(fixtureModel()));
  expect(docx.names.slice(0, 2)).toEqual(['[Content_Types].xml', '_rels/.rels']);
  expect(docx.names.slice(2)).toEqual([...docx.names.slice(2)].sort());
  const core = docx.xml['docProps/core.xml'];
  expect(core).toMatch(/<dcterms:created [^>]*>2022-04-30T00:00:00Z<\/dcterms:created>/);
  expect(core).toMatch(/<dcterms:modified [^>]*>2022-04-30T00:00:00Z<\/dcterms:modified>/);
  expect(core).toContain('<dc:title>温州科协信息 第 4 期</dc:title>');
  expect(core).toContain('<dc:creator>温州市科学技术协会</dc:creator>');
});

test('zip entry time comes from the issue date, independent of the time zone', () => {
  const t = entryTime(new Date('2022-04-30T00:00:00Z'));
  expect([t.getFullYear(), t.getMonth(), t.getDate(), t.getHours()]).toEqual([2022, 3, 30, 12]);
  expect(entryTime(new Date('1970-01-01T00:00:00Z')).getFullYear()).toBe(1980);
});

describe('page-number footers', () => {
  const footerOf = (docx: ReturnType<typeof readDocx>, type: string): string => {
    const rid = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`).exec(docx.xml['word/document.xml'])?.[1];
    const target =
      new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(docx.xml['word/_rels/document.xml.rels'])?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(docx.xml['word/_rels/document.xml.rels'])?.[1];
    return docx.xml[`word/${target}`];
  };

  test('odd pages right, even pages left, — PAGE — in the page-number style', async () => {
    const docx = readDocx(await renderDocx(fixtureModel()));
    expect(docx.xml['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const odd = footerOf(docx, 'default');
    const even = footerOf(docx, 'even');
    for (const footer of [odd, even]) {
      expect(footer).toContain('<w:pStyle w:val="page-number"/>');
      expect(footer).toMatch(
        /<w:t xml:space="preserve">— <\/w:t>[\s\S]*<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/,
      );
    }
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(even).toContain('<w:jc w:val="left"/>');
    expect(docx.xml['word/document.xml']).toMatch(/<w:pgMar [^>]*w:footer="1307"/); // 28 mm − 14 pt
  });

  test('centred on every page when not alternating', async () => {
    const docx = readDocx(await renderDocx(modelWithCentredNumbers()));
    expect(docx.xml['word/settings.xml']).not.toContain('<w:evenAndOddHeaders/>');
    expect(docx.xml['word/document.xml']).not.toContain('w:type="even"');
    expect(footerOf(docx, 'default')).toContain('<w:jc w:val="center"/>');
  });

  test('no footer at all without page numbers', async () => {
    const docx = readDocx(await renderDocx(modelWithoutNumbers()));
    expect(docx.xml['word/document.xml']).not.toContain('<w:footerReference');
  });
});
