// The bounded cache behind the DOCX parts kept across documents: least recently used out first,
// by weight, and never an entry heavier than the whole.
import { LruCache } from '../../../src/render/docx/lru-cache';

test('drops the least recently used entries once over capacity, counting each by its weight', () => {
  const cache = new LruCache<string, number>(10, (key) => key.length);
  cache.set('aaaa', 1);
  cache.set('bbbb', 2);
  expect(cache.get('aaaa')).toBe(1); // now the most recently used
  cache.set('cccc', 3); // 12 > 10: 'bbbb' goes
  expect(cache.get('bbbb')).toBeUndefined();
  expect(cache.get('aaaa')).toBe(1);
  expect(cache.get('cccc')).toBe(3);
  cache.set('cccc', 4); // replacing an entry does not count it twice
  cache.set('dd', 5);
  expect([cache.get('aaaa'), cache.get('cccc'), cache.get('dd')]).toEqual([1, 4, 5]);
});

test('an entry heavier than the capacity is not kept, and nothing is dropped for it', () => {
  const cache = new LruCache<string, number>(4, (key) => key.length);
  cache.set('ab', 1);
  cache.set('abcdefgh', 2);
  expect(cache.get('abcdefgh')).toBeUndefined();
  expect(cache.get('ab')).toBe(1);
});

test('counts entries when no weight is given, and clear empties it', () => {
  const cache = new LruCache<number, string>(2);
  cache.set(1, 'a');
  cache.set(2, 'b');
  cache.set(3, 'c');
  expect(cache.get(1)).toBeUndefined();
  cache.clear();
  expect(cache.get(2)).toBeUndefined();
  cache.set(4, 'd');
  cache.set(5, 'e');
  expect([cache.get(4), cache.get(5)]).toEqual(['d', 'e']);
});
