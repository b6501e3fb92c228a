// The `# 请核对：…` comments intake writes are never printed and YAML drops them: check and build
// say once how many are left, at the first, until the editor deletes them (JB315).
import { compileIssue } from '../../src/pipeline/compile-issue';
import { BASE_ISSUE, issueWith, writeIssue } from '../source/issue-fixture';

const notes = (lines: string[]) => compileIssue(writeIssue(lines), { glyphCheck: false }).diagnostics.filter((d) => d.code === 'JB315');

test('no comment, no reminder', () => {
  expect(notes(BASE_ISSUE)).toEqual([]);
  expect(notes(issueWith('    body: |', '    # 一条普通注释', '    body: |'))).toEqual([]);
});

test('one warning for all of them, at the first, with their count and the first note', () => {
  const lines = issueWith(
    '  - title: 市科协召开党组会',
    '  # 请核对：第 3 段的批注没有导入',
    '  - title: 市科协召开党组会',
    '    # 请核对：表格有合并单元格',
  );
  const found = notes(lines);
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ severity: 'warning', line: 9, col: 3, args: { count: 2, note: '第 3 段的批注没有导入' } });
});

test('the English comment (import --lang en) counts too', () => {
  expect(notes(issueWith('    body: |', '    # check: a comment was not imported', '    body: |'))[0]?.args).toMatchObject({ count: 1 });
});
