// check reads the 期号 chain from an issue that does not load too: from the YAML the loader already
// read when the file failed only on its schema (20,000 unknown keys were parsed twice: 1.6 s),
// from the file itself only after a syntax error.
import { compileIssue } from '../../src/pipeline/compile-issue';
import { ledgerEntryOf } from '../../src/series/build-ledger';
import * as source from '../../src/source/parse-yaml';
import { BASE_ISSUE, issueWith, writeIssue } from '../source/issue-fixture';

test('a file failing on its schema: its numbers from the loaded YAML, not parsed again', () => {
  const file = writeIssue([...BASE_ISSUE.slice(0, -1), 'unknown_key: 1', '']);
  const compiled = compileIssue(file, { glyphCheck: false });
  expect(compiled.issue).toBeNull();
  expect(compiled.readable).toBeDefined();
  const parse = jest.spyOn(source, 'parseYaml');
  const entry = ledgerEntryOf(file, undefined, compiled.readable);
  expect(parse).not.toHaveBeenCalled();
  parse.mockRestore();
  expect(entry?.issue).toMatchObject({ number: 4, total: 269 });
  expect(entry?.locate(['issue', 'total'])).toEqual(expect.objectContaining({ line: 6 }));
});

test('a file with a syntax error gives no loaded YAML: the ledger reads its intact issue block itself', () => {
  const file = writeIssue(issueWith('    source: 市科协办公室', '    source: "市科协'));
  const compiled = compileIssue(file, { glyphCheck: false });
  expect(compiled.readable).toBeUndefined();
  expect(ledgerEntryOf(file, undefined, compiled.readable)?.issue).toMatchObject({ total: 269 });
});
