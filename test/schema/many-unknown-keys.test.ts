// 20,000 unknown keys are one JB203 each, each at its own key, and a duplicate among them is one
// JB102 at the second occurrence. The work is linear in the keys (yaml's own duplicate check and
// a search of the map per key were quadratic: 60 s for this file); how long it takes is measured
// by `npm run bench` (row "check: 20,000 unknown keys"), never asserted here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadIssue } from '../../src/issue/load-issue';
import { parseYaml, positionOf } from '../../src/source/parse-yaml';

const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'wenzhou-kexie-2022-04.yaml');
const COUNT = 20000;

test(`${COUNT} unknown top-level keys: ${COUNT} JB203 diagnostics, each at its key`, () => {
  const text = fs.readFileSync(SAMPLE, 'utf8');
  const firstKeyLine = text.trimEnd().split('\n').length + 1;
  const keys = Array.from({ length: COUNT }, (_, i) => `unknown_key_${i}: v${i}`);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-keys-')), 'keys.yaml');
  fs.writeFileSync(file, `${text.trimEnd()}\n${keys.join('\n')}\n`);
  fs.copyFileSync(path.join(path.dirname(SAMPLE), 'jianbao.config.yaml'), path.join(path.dirname(file), 'jianbao.config.yaml'));
  const { diagnostics } = loadIssue(file);
  const unknown = diagnostics.filter((d) => d.code === 'JB203');
  expect(unknown).toHaveLength(COUNT);
  expect(unknown[0]).toMatchObject({ line: firstKeyLine, col: 1, args: { key: 'unknown_key_0' } });
  expect(unknown[COUNT - 1]).toMatchObject({ line: firstKeyLine + COUNT - 1, col: 1, args: { key: `unknown_key_${COUNT - 1}` } });
  expect(new Set(unknown.map((d) => d.line)).size).toBe(COUNT);
});

test('duplicates among many keys: one JB102 each, at the later key, named', () => {
  const lines = Array.from({ length: COUNT }, (_, i) => `k${i}: ${i}`);
  lines.push('k7: again', 'k19999: again', '"k7": thrice');
  const { diagnostics } = parseYaml(`${lines.join('\n')}\n`, 'dup.yaml');
  expect(diagnostics.map((d) => [d.code, d.line, d.col, d.args.key])).toEqual([
    ['JB102', COUNT + 1, 1, 'k7'],
    ['JB102', COUNT + 2, 1, 'k19999'],
    ['JB102', COUNT + 3, 1, 'k7'],
  ]);
});

test('a key in a flow mapping and a number key 1 beside a string key "1" (not duplicates)', () => {
  expect(parseYaml('a: {x: 1, y: 2, x: 3}\n', 'f.yaml').diagnostics.map((d) => [d.code, d.line, d.col, d.args.key])).toEqual([['JB102', 1, 17, 'x']]);
  expect(parseYaml('1: a\n"1": b\n', 'n.yaml').diagnostics).toEqual([]);
});

test('positionOf finds the first of two equal keys, as before', () => {
  const { yaml } = parseYaml('a: 1\nb: 2\na: 3\n', 'p.yaml');
  expect(positionOf(yaml!, ['a'], 'key')).toEqual({ line: 1, col: 1 });
  expect(positionOf(yaml!, ['b'])).toEqual({ line: 2, col: 4 });
});
