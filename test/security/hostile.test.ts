// The hostile-input corpus (test/security/hostile-cases.js): each case runs the real CLI in a
// child process and must end with its exit code and message inside a generous hang cap. Time
// and memory budgets are measured by bench/hostile.js, not asserted here.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CASES } = require('./hostile-cases.js') as { CASES: HostileCase[] };

interface HostileCase {
  name: string;
  class: string;
  code: number;
  expect: RegExp;
  forbid?: RegExp;
  setup(dir: string): { args: string[] };
}

const BIN = path.join(__dirname, '..', '..', 'bin', 'jianbao');
const HANG_CAP_MS = 30_000;
const hasMkfifo = process.platform !== 'win32';
jest.setTimeout(HANG_CAP_MS + 30_000);

function run(args: string[], cwd: string): Promise<{ code: number | null; out: string; hung: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, JIANBAO_SERVER: '0', JIANBAO_DEBUG: '', JIANBAO_LANG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let hung = false;
    const collect = (d: Buffer) => (out += d.toString('utf8').slice(0, 200_000));
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, HANG_CAP_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, hung });
    });
  });
}

describe('hostile-input corpus', () => {
  it('covers every class of issue #26', () => {
    const classes = new Set(CASES.map((c) => c.class));
    for (const c of ['devices and FIFOs', 'decompression bombs', 'floods', 'templates', 'small crashes', 'concurrent writers'])
      expect(classes).toContain(c);
  });

  const t = hasMkfifo ? it : it.skip;
  t.each(CASES.map((c) => [`${c.class}: ${c.name}`, c] as const))(
    `%s ends with its code and message within 30 s [needs mkfifo and /dev/zero]`,
    async (_name, c) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `jb-hostile-${c.name}-`));
      try {
        const { args } = c.setup(dir);
        const result = await run(args, dir);
        expect({ hung: result.hung, code: result.code }).toEqual({ hung: false, code: c.code });
        expect(result.out).toMatch(c.expect);
        expect(result.out).not.toMatch(/JB900|Maximum call stack|\n\s+at .+:\d+:\d+\)?\n/);
        if (c.forbid) expect(result.out).not.toMatch(c.forbid);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
