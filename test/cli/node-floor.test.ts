// bin/jianbao on a Node older than the supported floor says so first, in the language asked for.
// Runs with an old Node where the machine has one (Debian's /usr/bin/node on the CI machine).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const BIN = path.join(__dirname, '..', '..', 'bin', 'jianbao');
const OLD = '/usr/bin/node';
const version = spawnSync(OLD, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
const major = Number(/^v(\d+)/.exec(version)?.[1] ?? 0);
const old = major > 0 && major < 22;

(old ? test : test.skip)(
  `Node ${version || '(none at /usr/bin/node)'} older than 22.13: a warning naming the floor${old ? '' : ' (skipped: no Node older than 22 at /usr/bin/node)'}`,
  () => {
    const zh = spawnSync(OLD, [BIN, '--version'], { encoding: 'utf8' });
    expect(zh.stderr).toContain(`不支持 Node.js ${version}`);
    expect(zh.stderr).toContain('22.13');
    const en = spawnSync(OLD, [BIN, '--version', '--lang', 'en'], { encoding: 'utf8' });
    expect(en.stderr).toContain(`Node.js ${version} is not supported`);
  },
);

test('the Node running the tests is supported: no warning', () => {
  const run = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
  expect(run.stderr).not.toContain('Node.js');
  expect(run.status).toBe(0);
});
