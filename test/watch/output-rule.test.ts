// `watch .` and `build .` write to the same place (issue #25 item 9): one output rule, and the
// watch status line names the output path, so the editor knows which file to open.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { watchCommand } from '../../src/cli/commands/watch';
import { runCli } from '../helpers/run-cli';
import { captureIO } from '../wizard/fake-terminal';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

function initLayout(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-outrule-')));
  fs.writeFileSync(
    path.join(dir, 'jianbao.config.yaml'),
    `${fs.readFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), 'utf8')}output:\n  dir: out\n  formats: [docx]\n`,
  );
  fs.mkdirSync(path.join(dir, '2022'));
  fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), path.join(dir, '2022', '2022-04.yaml'));
  return dir;
}

const outputs = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.docx'))
        .sort()
    : [];

let cwd: string;
beforeEach(() => (cwd = process.cwd()));
afterEach(() => process.chdir(cwd));

test('watch . writes out/2022/2022-04.docx, as build . does, and its status line says so', async () => {
  const dir = initLayout();
  process.chdir(dir);
  const build = await runCli(['build', '.', '-j', '1']);
  expect(build.code).toBe(0);
  const built = outputs(path.join(dir, 'out'));
  expect(built).toEqual([path.join('2022', '2022-04.docx')]);
  fs.rmSync(path.join(dir, 'out'), { recursive: true });

  const { io, out } = captureIO();
  const stop = new AbortController();
  const running = watchCommand(io, ['.'], {}, stop.signal);
  const end = Date.now() + 30000;
  while (!/→/.test(out.stdout) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  stop.abort();
  expect(await running).toBe(130);
  expect(outputs(path.join(dir, 'out'))).toEqual(built);
  // Named as build names it (2022/2022-04), not by its file name.
  expect(out.stdout).toContain(`2022/2022-04 → ${path.join('out', '2022', '2022-04.docx')}`);
});
