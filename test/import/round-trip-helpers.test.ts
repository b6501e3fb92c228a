// The measuring stick must itself be right: LCS lengths on small known cases.
import { inOrderShare, lcsLength } from './round-trip-helpers';

describe('lcsLength', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 0],
    ['abc', 'abc', 3],
    ['abcbdab', 'bdcaba', 4],
    ['温州科协', '温X州科Y', 3],
    ['abc', 'cba', 1],
  ])('%s vs %s → %d', (a, b, n) => expect(lcsLength([...a], [...b])).toBe(n));

  it('counts only non-space characters, in order', () => {
    expect(inOrderShare('温 州\n科协', '温州科协')).toBe(1);
    expect(inOrderShare('温州科协', '协科州温')).toBe(0.25);
  });
});
