// The wizard's answer checks say why an answer in the right shape is still refused: 2024-02-30
// is written YYYY-MM-DD but does not exist, and ２９０ typed with a Chinese input method is digits
// in full width.
import { checkDate, checkInt } from '../../src/wizard/checks';

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
