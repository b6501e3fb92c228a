// The incremental build's signatures stand for the bytes of what an issue was built from: a file
// (a font package updated in place, a checkout) that keeps its size and time is still a change.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Signer, type Dep } from '../../src/batch/fingerprint';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-fingerprint-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const pin = (file: string) => fs.utimesSync(file, 1_000_000_000, 1_000_000_000);

test.each<Dep['kind']>(['file', 'dir'])('a %s edited with the same size and time is not unchanged', (kind) => {
  const font = path.join(dir, 'font.ttf');
  fs.writeFileSync(font, 'glyphs A');
  pin(font);
  const recorded = [new Signer().dep(kind, kind === 'file' ? font : dir)];
  expect(new Signer().unchanged(recorded)).toBe(true);
  fs.writeFileSync(font, 'glyphs B');
  pin(font);
  expect(new Signer().unchanged(recorded)).toBe(false);
});

test('a record from an older jianbao with a kind it no longer knows counts as changed (rebuilt once)', () => {
  const font = path.join(dir, 'font.ttf');
  fs.writeFileSync(font, 'glyphs');
  const old = { kind: 'stat', path: font, sig: '6:1000000000000' } as unknown as Dep;
  expect(new Signer().unchanged([old])).toBe(false);
});
