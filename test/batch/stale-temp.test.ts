// A killed run leaves `.<output>.<pid>.<id>.tmp` files beside its outputs; the next run removes
// those of every registered format (and the cache's), and only those of processes that are gone.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeStaleTemps } from '../../src/batch/stale-temp';
import { FORMATS } from '../../src/render/registry';

test("removes a dead process's temporary outputs of every format, keeps a live one's and other files", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-stale-'));
  const dead = spawnSync(process.execPath, ['-e', '']).pid!;
  const stale = [...FORMATS.map((f) => f.extension), 'json'].map((ext) => `.2022-04.${ext}.${dead}.k3x9.tmp`);
  const kept = [`.2022-04.pdf.${process.pid}.k3x9.tmp`, `.2022-04.odt.${dead}.k3x9.tmp`, '2022-04.pdf'];
  for (const name of [...stale, ...kept]) fs.writeFileSync(path.join(dir, name), '');
  expect(removeStaleTemps([dir])).toBe(stale.length);
  expect(fs.readdirSync(dir).sort()).toEqual([...kept].sort());
  fs.rmSync(dir, { recursive: true, force: true });
});
