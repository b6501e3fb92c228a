// The user's words live in the tables of src/i18n/, one per area, zh and en side by side: code
// outside that folder picks an entry, it never picks a language (`lang === 'zh' ? … : …`), so a
// phrase cannot exist in one language only or drift between the two.
import fs from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', '..', 'src');

/** A comparison with a language name, or a `zh ? …` choice (not `zh?:` or `zh?.`). */
const INLINE_CHOICE = /(?:===|!==)\s*['"](?:zh|en)['"]|['"](?:zh|en)['"]\s*(?:===|!==)|\bzh\s*\?(?![.:?])/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : /\.ts$/.test(e.name) ? [full] : [];
  });
}

function inlineChoices(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => (INLINE_CHOICE.test(line) ? [`${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`] : []));
}

test('the pattern finds the ways a language gets chosen inline, and not optional fields', () => {
  for (const line of [
    "L === 'zh' ? '是' : 'yes'",
    'const zh = io.lang === "zh";',
    'zh ? a : b',
    "if (lang !== 'en') return",
    "'zh' === lang",
  ]) {
    expect(INLINE_CHOICE.test(line)).toBe(true);
  }
  for (const line of ['zh?: string;', 'table.zh?.trim()', "t(lang, 'hint')", "choices(['zh', 'en'])"])
    expect(INLINE_CHOICE.test(line)).toBe(false);
});

test('no code outside src/i18n/ chooses words by language inline', () => {
  const files = sourceFiles(SRC).filter((f) => !path.relative(SRC, f).startsWith(`i18n${path.sep}`));
  expect(files.length).toBeGreaterThan(100);
  expect(files.flatMap(inlineChoices)).toEqual([]);
});
