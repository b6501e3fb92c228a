// The ledger reads the `issue:` block of a file that does not load (check): a file of megabytes
// of `[[[[…` is refused by the loader at once (JB024), and the ledger must not hand it to yaml,
// which spent some 40 s on 4 MB (the full tier's hostile corpus caught it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ledgerEntryOf } from '../../src/series/build-ledger';
import { FLOW_DEPTH_CAP } from '../../src/limits/flow-depth';
import * as source from '../../src/source/parse-yaml';

test('a file nested past the flow-depth cap has no ledger entry: it is not parsed', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-deep-'));
  try {
    const head = 'publication: { name: 温州科协信息, editor: 温州市科协 }\nissue: { number: 4, total: 269, date: "2022-04-30" }\n';
    const shallow = path.join(dir, 'shallow.yaml');
    fs.writeFileSync(shallow, `${head}a: ${'['.repeat(10)}\n`);
    expect(ledgerEntryOf(shallow)?.issue.total).toBe(269);
    const deep = path.join(dir, 'deep.yaml');
    fs.writeFileSync(deep, `${head}a: ${'['.repeat(FLOW_DEPTH_CAP + 1)}\n`);
    const parse = jest.spyOn(source, 'parseYaml');
    expect(ledgerEntryOf(deep)).toBeNull();
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
