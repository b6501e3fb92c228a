// The numbering rules: 总期号 +1 always; 期号 +1 within a year, 1 in a new year; default date the
// last day of the month after the latest issue.
import { lastDayOfMonth, proposeNext } from '../../src/wizard/next-issue';
import { expandPattern, patternProblem } from '../../src/wizard/file-pattern';

const april = { file: 'a.yaml', number: 4, total: 269, date: '2022-04-30' };

test('next month in the same year', () => {
  expect(proposeNext(april, undefined, new Date())).toEqual({ number: 5, total: 270, date: '2022-05-31' });
});

test('January restarts the 期号 but not the 总期号', () => {
  const december = { file: 'd.yaml', number: 12, total: 277, date: '2022-12-31' };
  expect(proposeNext(december, undefined, new Date())).toEqual({ number: 1, total: 278, date: '2023-01-31' });
  expect(proposeNext(april, '2023-01-15', new Date())).toEqual({ number: 1, total: 270, date: '2023-01-15' });
});

test('last days of months, leap years included', () => {
  expect(lastDayOfMonth(2024, 1, 1)).toBe('2024-02-29');
  expect(lastDayOfMonth(2023, 1, 1)).toBe('2023-02-28');
  expect(lastDayOfMonth(2022, 11, 1)).toBe('2022-12-31');
});

test('without earlier issues only the date is proposed', () => {
  expect(proposeNext(null, undefined, new Date(2024, 2, 10))).toEqual({ date: '2024-03-31' });
});

test('file name patterns', () => {
  expect(expandPattern('YYYY/YYYY-MM.yaml', { date: '2022-05-31' })?.split(/[\\/]/)).toEqual(['2022', '2022-05.yaml']);
  expect(expandPattern('第{total}期.yaml', { date: '2022-05-31', total: 270 })).toBe('第270期.yaml');
  expect(patternProblem('../x/YYYY.yaml')).toMatch(/\.\./);
  expect(patternProblem('/abs/YYYY.yaml')).toMatch(/absolute/);
  expect(patternProblem('issue.yaml')).toMatch(/same/);
  expect(patternProblem('YYYY-MM.txt')).toMatch(/yaml/);
  expect(patternProblem('YYYY/YYYY-MM.yaml')).toBeNull();
});
