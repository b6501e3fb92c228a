// The wizard's answer checks say why an answer in the right shape is still refused: 2024-02-30
// is written YYYY-MM-DD but does not exist, and ２９０ typed with a Chinese input method is digits
// in full width.
import { checkBriefDate, checkDate, checkInt } from '../../src/wizard/checks';

test('a well-formed date that does not exist is refused with a message about the calendar', () => {
  expect(checkDate('zh')('2024-02-29')).toBeNull();
  expect(checkDate('zh')('2024-02-30')).toContain('日历上有的日期');
  expect(checkDate('en')('2023-02-29')).toContain('exists');
});

test('full-width digits are refused with a message naming half-width digits', () => {
  expect(checkInt('zh')('290')).toBeNull();
  expect(checkInt('zh')('２９０')).toContain('半角数字');
  expect(checkInt('en')('２９０')).toContain('ASCII digits');
});

test('a brief date that is not on the calendar is refused in the same words as the issue date', () => {
  for (const ok of ['4月7日', '4月7日-8日', '4月19-20日', '6月25—27日', '2月29日', '4月30日—5月2日', '上旬']) {
    expect(checkBriefDate('zh')(ok)).toBeNull();
  }
  expect(checkBriefDate('zh')('2月30日')).toContain('日历上有的日期');
  expect(checkBriefDate('zh')('2月30日')).toContain('2月没有30日');
  expect(checkBriefDate('zh')('4月30-31日')).toContain('4月没有31日');
  expect(checkBriefDate('zh')('13月2日')).toContain('没有13月');
  expect(checkBriefDate('en')('2月30日')).toContain('exists');
  expect(checkBriefDate('zh')(' ')).not.toBeNull();
});
