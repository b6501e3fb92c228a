// The worked example of docs/templates.md, end to end through the CLI: copy kexie, change the
// masthead colour and the body font (a font file in the template folder), build, and read both
// outputs back to see the changes.
import fs from 'node:fs';
import path from 'node:path';
import { readDocx } from '../helpers/docx-read';
import { readPdf } from '../helpers/pdf-read';
import { runCli } from '../helpers/run-cli';
import { issueIn, tempDir } from './fixture';
import { paintedOf } from './pdf-paint';

const BLUE = '#0055AA';
const FONT = path.join(path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json')), '300Light', 'NotoSansSC_300Light.ttf');

let pdf: Buffer;
let docx: ReturnType<typeof readDocx>;

beforeAll(async () => {
  const root = tempDir();
  const tpl = path.join(root, 'templates', 'blue');
  expect((await runCli(['template', 'copy', 'kexie', tpl])).code).toBe(0);
  fs.mkdirSync(path.join(tpl, 'fonts'));
  fs.copyFileSync(FONT, path.join(tpl, 'fonts', 'body.ttf'));
  const manifestFile = path.join(tpl, 'manifest.yaml');
  const original = fs.readFileSync(manifestFile, 'utf8');
  const edited = original.replaceAll('#E60012', BLUE).replace(/^ {2}body: \{ family: 仿宋 \}$/m, '  body: { family: 思源黑体, file: fonts/body.ttf }');
  expect(edited.match(/思源黑体/g)).toHaveLength(1);
  fs.writeFileSync(manifestFile, edited);
  const issue = issueIn(root, { template: 'blue' });
  const out = path.join(root, 'out');
  const run = await runCli(['build', issue, '-o', out]);
  expect(run).toMatchObject({ code: 0 });
  pdf = fs.readFileSync(path.join(out, 'issue.pdf'));
  docx = readDocx(fs.readFileSync(path.join(out, 'issue.docx')));
});

describe('a copied template with a new masthead colour and body font', () => {
  it('colours the masthead style and its rule in the DOCX', () => {
    const styles = docx.xml['word/styles.xml'];
    const masthead = /<w:style [^>]*w:styleId="masthead"[^]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(masthead).toContain(`<w:color w:val="${BLUE.slice(1)}"/>`);
    expect(styles).toMatch(new RegExp(`<w:bottom [^>]*w:color="${BLUE.slice(1)}"`));
    expect(styles).not.toMatch(/E60012/);
  });

  it('names the new body family in the DOCX body style', () => {
    const body = /<w:style [^>]*w:styleId="Normal"[^]*?<\/w:style>/.exec(docx.xml['word/styles.xml'])?.[0] ?? '';
    expect(body).toMatch(/w:eastAsia="思源黑体"/);
  });

  it('paints the masthead and its rule in the new colour in the PDF', () => {
    const { texts, lines } = paintedOf(pdf);
    expect(texts.filter((t) => t.size === 42).map((t) => t.fill)).toEqual([BLUE]);
    expect(lines.some((l) => l.stroke === BLUE && l.width === 2)).toBe(true);
    expect(texts.some((t) => t.fill === '#E60012')).toBe(false);
  });

  it('sets the body text in the new font file in the PDF', () => {
    const body = readPdf(pdf).flatMap((p) => p.items).find((i) => i.text.startsWith('正文第一段'));
    expect(body?.fontName).toMatch(/\+NotoSansSC-Light$/);
  });
});
