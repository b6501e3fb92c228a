// patches/fontkit+2.0.4.patch (applied by `npm install` through patch-package): fontkit's
// TrueType subsetter decodes a glyph's whole outline only when the glyph is compound, which it
// must know to renumber its parts; every other glyph is copied as stored. The same subset bytes
// (scripts/compare-samples.js), half the CPU time of a warm PDF render of the sample.
import fs from 'node:fs';
import path from 'node:path';

test('the fontkit installed is the patched one, for both its CommonJS and its ESM build', () => {
  const dist = path.dirname(require.resolve('fontkit'));
  for (const file of ['main.cjs', 'module.mjs']) {
    expect(fs.readFileSync(path.join(dist, file), 'utf8')).toContain(
      'only a compound glyph (negative contour count) or a variation instance needs decoding',
    );
  }
  expect(JSON.parse(fs.readFileSync(path.join(dist, '..', 'package.json'), 'utf8')).version).toBe('2.0.4');
});
