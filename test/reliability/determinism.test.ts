// Determinism: the same issues built in child processes under different time zones (and
// locales: UTC+8 against UTC−7/−8, so a date taken from the local clock would differ) give byte-identical PDF and DOCX files.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { runCliProcess } from './helpers/spawn-cli';
import { removeTempDirs } from './helpers/temp';
import { makeWorkspace } from './helpers/workspace';

afterAll(removeTempDirs);

const ENVIRONMENTS: NodeJS.ProcessEnv[] = [
  { TZ: 'Asia/Shanghai', LANG: 'zh_CN.UTF-8' },
  { TZ: 'America/Los_Angeles', LANG: 'C', LC_ALL: 'C' },
];

it('same inputs give the same sha256 under different TZ and LANG', async () => {
  const ws = makeWorkspace('determinism');
  const files = ['wenzhou-kexie-2022-04.yaml', 'feature-page-2021-06.yaml'].map((f) => path.join(ws.dir, f));
  const digests: Array<Record<string, string>> = [];
  for (const [i, env] of ENVIRONMENTS.entries()) {
    const out = path.join(ws.dir, `out-${i}`);
    const exit = await runCliProcess(['build', ...files, '-o', out, '--to', 'pdf,docx'], env);
    expect({ env, code: exit.code }).toEqual({ env, code: 0 });
    const names = fs.readdirSync(out).sort();
    expect(names).toHaveLength(4);
    digests.push(
      Object.fromEntries(
        names.map((n) => [
          n,
          crypto
            .createHash('sha256')
            .update(fs.readFileSync(path.join(out, n)))
            .digest('hex'),
        ]),
      ),
    );
  }
  for (const d of digests.slice(1)) expect(d).toEqual(digests[0]);
  console.log(`determinism: ${Object.keys(digests[0]).length} outputs identical under ${ENVIRONMENTS.map((e) => e.TZ).join(', ')}`);
}, 120_000);
