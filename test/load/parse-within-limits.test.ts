// One guard on how deep an issue's YAML may nest, used by every reader of an issue: the loader
// refuses such a file with JB024, and the series ledger (which reads the `issue:` block of files
// that do not load) skips it, both through parseWithinLimits.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadYamlFile } from '../../src/load/load-yaml-file';
import * as withinLimits from '../../src/load/parse-within-limits';
import { parseWithinLimits } from '../../src/load/parse-within-limits';
import { FLOW_DEPTH_CAP } from '../../src/limits/flow-depth';
import { LIMITS } from '../../src/limits/caps';
import { IssueFile } from '../../src/schema/issue-schema';
import * as source from '../../src/source/parse-yaml';
import { ledgerEntryOf } from '../../src/series/build-ledger';

const HEAD = 'publication: { name: 温州科协信息, editor: 温州市科协 }\nissue: { number: 4, total: 269, date: "2022-04-30" }\n';
const nested = (levels: number) => `${HEAD}a: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-within-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('brackets past the flow-depth cap: JB024 at the bracket, yaml never asked', () => {
  const parse = jest.spyOn(source, 'parseYaml');
  const read = parseWithinLimits(`${HEAD}a: ${'['.repeat(FLOW_DEPTH_CAP + 1)}\n`, 'issue.yaml');
  expect(parse).not.toHaveBeenCalled();
  parse.mockRestore();
  expect(read.yaml).toBeNull();
  expect(read.diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`)).toEqual([`JB024@3:${4 + FLOW_DEPTH_CAP}`]);
});

test('nesting past the cap but under the flow-depth cap: JB024 at the first node too deep', () => {
  const read = parseWithinLimits(nested(LIMITS.nestingDepth + 5), 'issue.yaml');
  expect(read.yaml).toBeNull();
  expect(read.diagnostics.map((d) => d.code)).toEqual(['JB024']);
  expect(read.diagnostics[0].line).toBe(3);
});

test('a file within the limits reads as parseYaml reads it', () => {
  const text = nested(10);
  const read = parseWithinLimits(text, 'issue.yaml');
  expect(read.diagnostics).toEqual([]);
  expect(read.yaml?.value).toEqual(source.parseYaml(text, 'issue.yaml').yaml?.value);
});

test('the loader and the ledger read through it, and agree on a file nested too deep', () => {
  const file = path.join(dir, 'deep.yaml');
  fs.writeFileSync(file, nested(LIMITS.nestingDepth + 5));
  const guard = jest.spyOn(withinLimits, 'parseWithinLimits');
  const loaded = loadYamlFile(file, IssueFile);
  expect(guard).toHaveBeenCalledTimes(1);
  expect(loaded.diagnostics.map((d) => d.code)).toEqual(['JB024']);
  // The ledger took the numbers of a file the loader refuses: now neither reads it.
  expect(ledgerEntryOf(file)).toBeNull();
  expect(guard).toHaveBeenCalledTimes(2);
  guard.mockRestore();
});
