// Ctrl+C during `build .`: no new issue is started, the ones in progress finish (each output is
// written whole or not at all), the cache records what was built, the lock is released, and the
// last line says what was done and that the same command carries on; the exit code is 130. The
// next run skips what was built and builds the rest.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCommand } from '../../src/cli/commands/build';
import type { CliIO } from '../../src/io/io';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

function captured(): { io: CliIO; out: string[] } {
  const out: string[] = [];
  return { io: { stdout: (t) => out.push(t), stderr: () => undefined, env: {}, lang: 'zh' }, out };
}

/** A captured run that is stopped (Ctrl+C) as soon as its first issue is reported. */
function stoppedAtFirstIssue(): { io: CliIO; out: string[]; signal: AbortSignal } {
  const stop = new AbortController();
  const run = captured();
  const stdout = (t: string) => {
    run.out.push(t);
    if (t.startsWith('[')) stop.abort();
  };
  return { io: { ...run.io, stdout }, out: run.out, signal: stop.signal };
}

test('an interrupt after the first issue: the rest are left for the next run, which carries on', async () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jb-interrupt-')));
  for (const n of [1, 2, 3, 4]) fs.copyFileSync(path.join(SAMPLES, 'feature-page-2021-06.yaml'), path.join(dir, `f${n}.yaml`));
  fs.cpSync(path.join(SAMPLES, 'images'), path.join(dir, 'images'), { recursive: true });
  const out = path.join(dir, 'out');
  const first = stoppedAtFirstIssue();
  const code = await buildCommand(first.io, [dir], { out, to: ['docx'], jobs: 1 }, first.signal);
  expect(code).toBe(130);
  const progress = first.out.filter((l) => l.startsWith('['));
  expect(progress).toHaveLength(1);
  expect(first.out.at(-1)).toMatch(/^已中断：共 4 期，生成 1，跳过 0，失败 0，未处理 3；再次运行同一命令即接着生成/);
  expect(fs.readdirSync(out).filter((f) => f.endsWith('.docx'))).toHaveLength(1);
  expect(fs.readdirSync(out).filter((f) => f.endsWith('.tmp') || f === '.jianbao.lock')).toEqual([]);

  const second = captured();
  expect(await buildCommand(second.io, [dir], { out, to: ['docx'], jobs: 1 })).toBe(0);
  expect(second.out.at(-1)).toMatch(/共 4 期：生成 3，跳过 1，失败 0/);
});

test('interrupted under --force, the last line says to carry on without it (with it, every issue is built again)', async () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jb-interrupt-force-')));
  for (const n of [1, 2, 3]) fs.copyFileSync(path.join(SAMPLES, 'feature-page-2021-06.yaml'), path.join(dir, `f${n}.yaml`));
  fs.cpSync(path.join(SAMPLES, 'images'), path.join(dir, 'images'), { recursive: true });
  const first = stoppedAtFirstIssue();
  const code = await buildCommand(first.io, [dir], { out: path.join(dir, 'out'), to: ['docx'], jobs: 1, force: true }, first.signal);
  expect(code).toBe(130);
  expect(first.out.at(-1)).toMatch(/未处理 2；去掉 --force 再运行同一命令即接着生成（已生成的跳过）$/);
});
