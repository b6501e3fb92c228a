import { checkLedger } from '../../src/series/ledger';
import type { Issue } from '../../src/schema/issue-schema';

const issue = (file: string, number: number | undefined, total: number | undefined, date: string, name = '简报'): Issue => ({
  file,
  publication: { name, editor: '编' },
  issue: { number, total, date },
  template: 'kexie',
  articles: [],
  briefs: [],
  colophon: null,
  locate: (p) => ({ line: p[1] === 'number' ? 2 : p[1] === 'total' ? 3 : 4, col: 3 }),
  locateChar: () => null,
  locateLine: () => null,
  fonts: { choices: {}, declaredIn: null },
});

const brief = (ds: ReturnType<typeof checkLedger>) => ds.map((d) => `${d.file} ${d.code} ${d.args.expected ?? ''}`.trim());

describe('series ledger', () => {
  it('accepts a clean chain across a year boundary', () => {
    expect(checkLedger([issue('a', 11, 264, '2021-11-30'), issue('b', 12, 265, '2021-12-31'), issue('c', 1, 266, '2022-01-31')])).toEqual(
      [],
    );
  });

  it('names the issue where 期号 fails to restart and the number it should be', () => {
    const ds = checkLedger([issue('a', 12, 265, '2021-12-31'), issue('b', 13, 266, '2022-01-31'), issue('c', 2, 267, '2022-02-28')]);
    expect(brief(ds)).toEqual(['b JB251 1']);
    expect(ds[0]).toMatchObject({ line: 2, args: { actual: 13, previous: 'a' } });
  });

  it('blames a lone typo in 总期号 only once (the chain resumes after it)', () => {
    const ds = checkLedger([issue('a', 1, 266, '2022-01-31'), issue('b', 2, 247, '2022-02-28'), issue('c', 3, 268, '2022-03-31')]);
    expect(brief(ds)).toEqual(['b JB250 267']);
  });

  it('reports a gap and continues from the new number', () => {
    const ds = checkLedger([issue('a', 1, 266, '2022-01-31'), issue('b', 2, 268, '2022-02-28'), issue('c', 3, 269, '2022-03-31')]);
    expect(brief(ds)).toEqual(['b JB250 267']);
  });

  it('reports a repeated 总期号 naming the other issue', () => {
    const ds = checkLedger([issue('a', 1, 266, '2022-01-31'), issue('b', 2, 266, '2022-02-28'), issue('c', 3, 267, '2022-03-31')]);
    expect(ds.map((d) => [d.file, d.code, d.args.other])).toEqual([['b', 'JB253', 'a']]);
  });

  it("a repeated 总期号 that took the next one's place blames only the repeat, not every issue after it", () => {
    const ds = checkLedger([
      issue('a', 10, 234, '2021-10-28'),
      issue('b', 11, 234, '2021-11-28'),
      issue('c', 12, 236, '2021-12-28'),
      issue('d', 1, 237, '2022-01-28'),
    ]);
    expect(ds.map((d) => [d.file, d.code])).toEqual([['b', 'JB253']]);
  });

  it('reports dates that run against the numbers', () => {
    const ds = checkLedger([issue('a', undefined, 270, '2022-04-30'), issue('b', undefined, 271, '2022-04-15')]);
    expect(ds.map((d) => [d.file, d.code])).toEqual([['b', 'JB252']]);
  });

  it('keeps publications apart and skips issues without numbers', () => {
    expect(
      checkLedger([
        issue('a', 4, 269, '2022-04-30', '甲'),
        issue('b', 1, 1, '2022-05-31', '乙'),
        issue('c', undefined, undefined, '2022-06-30', '甲'),
      ]),
    ).toEqual([]);
  });
});
