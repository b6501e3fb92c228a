// --shard K/N: the shares of one archive are disjoint and together make the whole set; an issue's
// share depends on its own path only, so adding issues never moves the others.
import path from 'node:path';
import { inShard, parseShard, shardOf } from '../../src/batch/shard';
import { runCli } from '../helpers/run-cli';
import { archive, outputsIn, summaryOf, tmpDir } from './helpers';

test('--shard 1/2 and --shard 2/2 partition the archive', async () => {
  const { dir, files } = archive(12);
  const outs = [path.join(tmpDir(), 'one'), path.join(tmpDir(), 'two')];
  for (const [i, out] of outs.entries()) {
    const run = await runCli(['build', dir, '-o', out, '--to', 'docx', '--jobs', '2', '--shard', `${i + 1}/2`, '--lang', 'en'], {}, 'en');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`(share ${i + 1}/2 of 12)`);
  }
  const [a, b] = outs.map(outputsIn);
  expect(a.length).toBeGreaterThan(0);
  expect(b.length).toBeGreaterThan(0);
  expect(a.filter((f) => b.includes(f))).toEqual([]);
  expect([...a, ...b].sort()).toEqual(
    files
      .map(
        (f) =>
          `${path
            .relative(dir, f)
            .split(path.sep)
            .join('/')
            .replace(/\.yaml$/, '')}.docx`,
      )
      .sort(),
  );
});

test('an issue keeps its share when others are added', () => {
  const stems = Array.from({ length: 60 }, (_, i) => `${2003 + Math.floor(i / 12)}/${String((i % 12) + 1).padStart(2, '0')}`);
  const before = new Map(stems.slice(0, 30).map((s) => [s, shardOf(s, 4)]));
  for (const [s, k] of before) expect(shardOf(s, 4)).toBe(k);
  // roughly even: every share gets some of 60 issues
  for (let k = 1; k <= 4; k++) expect(stems.filter((s) => inShard(s, { k, n: 4 })).length).toBeGreaterThan(5);
});

test('malformed shards are refused as usage errors', async () => {
  expect(parseShard('2/4')).toEqual({ k: 2, n: 4 });
  for (const bad of ['0/2', '3/2', '1', 'a/b', '1/0']) expect(parseShard(bad)).toBeNull();
  const run = await runCli(['build', 'x', '--shard', '3/2']);
  expect(run.code).toBe(2);
  expect(summaryOrNull(run.stdout)).toBeNull();
});

function summaryOrNull(stdout: string) {
  try {
    return summaryOf(stdout);
  } catch {
    return null;
  }
}
