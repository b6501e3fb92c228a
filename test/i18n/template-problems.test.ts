// Every problem a template can have (JB402's syntax, JB404's manifest) has words in both languages
// that name the same values: rewording one language cannot leave the other without words.
import { LANGS } from '../../src/i18n/lang';
import { TEMPLATE_PROBLEM_KEYS, templateProblemWords } from '../../src/i18n/template-problems';

const places = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const VALUES = { token: '<T>', open: '<O>', close: '<C>', text: '<X>', name: '<N>', chain: '<H>', field: '<F>', hex: '<#>', cmyk: '<K>' };

test.each(TEMPLATE_PROBLEM_KEYS)('%s has zh and en words', (key) => {
  for (const lang of LANGS) expect(templateProblemWords(lang, key, VALUES).trim()).not.toBe('');
  // Chinese words carry no English sentence (names such as CMYK or styles may appear).
  expect(templateProblemWords('zh', key, {})).toMatch(/[\u4e00-\u9fff]/);
  expect(templateProblemWords('zh', key, {})).not.toMatch(/[A-Za-z]+ [a-z]+ [a-z]+/);
});

test.each(TEMPLATE_PROBLEM_KEYS.filter((k) => k !== 'templateError'))('%s names the same values in zh and en', (key) => {
  const zh = places(templateProblemWords('zh', key, {}).replace(/\{\{[^}]*\}\}/g, ''));
  const en = places(templateProblemWords('en', key, {}).replace(/\{\{[^}]*\}\}/g, ''));
  expect(zh).toEqual(en);
  for (const lang of LANGS) {
    const filled = templateProblemWords(lang, key, VALUES);
    for (const name of en) expect(filled).toContain(VALUES[name as keyof typeof VALUES]);
  }
});

test('a problem Handlebars said in its own words: English shows them, Chinese points to --lang en', () => {
  expect(templateProblemWords('en', 'templateError', { text: 'Missing helper: "x"' })).toBe('Missing helper: "x"');
  expect(templateProblemWords('zh', 'templateError', { text: 'Missing helper: "x"' })).toContain('--lang en');
});
