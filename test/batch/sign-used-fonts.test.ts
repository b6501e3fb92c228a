// A build signs what it read only for a run that keeps a cache (`build DIR`), and signs a font by
// the bytes it was read as: `build FILE` hashed some 60 MB of fonts and threw the result away,
// and the signature came from reading each font file again after rendering.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIssue } from '../../src/batch/build-issue';
import { Signer } from '../../src/batch/fingerprint';
import type { IssueJob } from '../../src/batch/job';
import { readFontBytes, usedFontDigest } from '../../src/fonts/shared-font-bytes';
import { BuildContext } from '../../src/pipeline/build-context';
import { symbolFaceFile } from '../../src/fonts/symbol-face';

const SAMPLE = path.join(__dirname, '../../samples/wenzhou-kexie-2022-04.yaml');
const sha256 = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-sign-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const job = (id: number, sign: boolean): IssueJob => ({
  id,
  file: SAMPLE,
  outStem: path.join(dir, `k${id}`),
  settings: { formats: ['pdf'] },
  sign,
});

test('an issue built for a run without a cache is not signed; for a run with one, each font by its content', async () => {
  const context = new BuildContext();
  const unsigned = await buildIssue(job(1, false), new Signer(), context);
  expect(unsigned.ok).toBe(true);
  expect(unsigned.deps).toEqual([]);
  const signed = await buildIssue(job(2, true), new Signer(), context);
  const fonts = signed.deps.filter((d) => /\.(ttf|otf|ttc)$/i.test(d.path));
  expect(fonts.length).toBeGreaterThan(1);
  for (const d of fonts) expect(d.sig).toBe(sha256(fs.readFileSync(d.path)));
});

test('a font is signed as it was read, not as the file is after a change', () => {
  const font = path.join(dir, 'font.bin');
  fs.writeFileSync(font, Buffer.from('first bytes of a font'));
  const bytes = readFontBytes(font);
  fs.writeFileSync(font, Buffer.from('replaced while the issue was rendered'));
  expect(usedFontDigest(font)).toBe(sha256(bytes));
  expect(usedFontDigest(font)).not.toBe(sha256(fs.readFileSync(font)));
  expect(usedFontDigest(path.join(dir, 'never-read.ttf'))).toBeUndefined();
});

test('an issue with a symbol drawn from the bundled symbol face is signed by that face too', async () => {
  // Beside the sample's images and series config, as the sample itself is.
  fs.cpSync(path.dirname(SAMPLE), path.join(dir, 'samples'), { recursive: true });
  const issue = path.join(dir, 'samples', 'symbols.yaml');
  fs.writeFileSync(issue, fs.readFileSync(SAMPLE, 'utf8').replace('4月21日，温州市召开', '4月21日，☑ 温州市召开'));
  expect(fs.readFileSync(issue, 'utf8')).toContain('☑');
  const signed = await buildIssue({ ...job(3, true), file: issue }, new Signer(), new BuildContext());
  expect(signed.ok).toBe(true);
  const symbolDep = signed.deps.find((d) => d.path === symbolFaceFile());
  expect(symbolDep?.sig).toBe(sha256(fs.readFileSync(symbolFaceFile())));
});
