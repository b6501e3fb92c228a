// `build --pdfa` and the series config's `output.pdfa: true` write PDF/A-2b (pdfaid part 2 /
// conformance B in the XMP, the sRGB output intent); a build with neither does not.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const ISSUE = [
  'publication: { name: 温州科协信息, editor: 温州市科学技术协会编 }',
  'issue: { number: 4, total: 269, date: "2022-04-30" }',
  'articles:',
  '  - title: 温州市“科创中国”试点城市建设推进会召开',
  '    source: 市科协学会部',
  '    body: 4月21日，温州市召开“科创中国”试点城市建设推进会。',
  '',
].join('\n');

function series(config: string | null): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-pdfa-'));
  fs.writeFileSync(path.join(dir, '2022-04.yaml'), ISSUE);
  if (config !== null) fs.writeFileSync(path.join(dir, 'jianbao.config.yaml'), config);
  return dir;
}

async function buildPdf(dir: string, flags: string[]): Promise<string> {
  const out = path.join(dir, 'out');
  const run = await runCli(['build', path.join(dir, '2022-04.yaml'), '-o', out, '--to', 'pdf', ...flags]);
  expect(run.code).toBe(0);
  return fs.readFileSync(path.join(out, '2022-04.pdf')).toString('latin1');
}

const isPdfA2b = (raw: string) =>
  raw.includes('<pdfaid:part>2</pdfaid:part>') &&
  raw.includes('<pdfaid:conformance>B</pdfaid:conformance>') &&
  raw.includes('/OutputIntents');

it('build --pdfa writes PDF/A-2b', async () => {
  expect(isPdfA2b(await buildPdf(series(null), ['--pdfa']))).toBe(true);
}, 60_000);

it('output.pdfa: true in jianbao.config.yaml does the same without the flag', async () => {
  expect(isPdfA2b(await buildPdf(series('output:\n  pdfa: true\n'), []))).toBe(true);
}, 60_000);

it('without either, the PDF is tagged 1.7 but makes no PDF/A claim', async () => {
  const raw = await buildPdf(series(null), []);
  expect(raw.startsWith('%PDF-1.7')).toBe(true);
  expect(raw).toContain('/StructTreeRoot');
  expect(raw).not.toContain('pdfaid');
  expect(raw).not.toContain('/OutputIntents');
}, 60_000);
