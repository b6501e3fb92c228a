// A comment typed with a full-width ＃ after a value (`source: 市科协学会部 ＃ 备注`): to YAML it is
// text, printed as the source. JB057 says so at the ＃ (a warning: it may be text); a ＃话题＃ is text.
import { loadIssue } from '../../src/issue/load-issue';
import { messageOf } from '../../src/diagnostics/messages';
import { issueWith, writeIssue } from '../source/issue-fixture';

const SOURCE = '    source: 市科协办公室';
const found = (lines: string[]) => loadIssue(writeIssue(lines)).diagnostics;

test('a ＃ comment after a value is one JB057 warning at the ＃, with no fix', () => {
  const [d, ...rest] = found(issueWith(SOURCE, '    source: 市科协办公室 ＃ 待核实'));
  expect(rest).toEqual([]);
  expect(`${d.code}@${d.line}:${d.col}`).toBe('JB057@10:20');
  expect(d.severity).toBe('warning');
  expect(d.fixes).toBeUndefined();
  expect(messageOf(d, 'zh').message).toMatch(/“＃”是全角字符/);
  expect(messageOf(d, 'en').message).toMatch(/full-width/);
});

test('a ＃ at the end of a value is one too; a ＃话题＃ and a ＃ inside a body are text', () => {
  expect(found(issueWith(SOURCE, '    source: 市科协办公室 ＃')).map((d) => d.code)).toEqual(['JB057']);
  expect(found(issueWith('  - title: 市科协召开党组会', '  - title: 市科协举办 ＃农技云培训＃ 活动'))).toEqual([]);
  expect(found(issueWith('      4月21日，市科协召开党组会。', '      ＃ 一段正文'))).toEqual([]);
});
