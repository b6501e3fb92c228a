// YAML 1.2 core parsing with positions: no silent typing, duplicate keys and alias bombs caught.
import { parseYaml, positionInValue, positionOf } from '../../src/source/parse-yaml';

test('dates and yes/no stay strings; numbers stay numbers', () => {
  const { yaml } = parseYaml('date: 2022-04-30\nmark: no\nn: 4\n', 'a.yaml');
  expect(yaml?.value).toEqual({ date: '2022-04-30', mark: 'no', n: 4 });
});

test('a duplicate key is an error at the second occurrence, not a silent merge', () => {
  const { diagnostics } = parseYaml('issue:\n  number: 4\n  number: 5\n', 'a.yaml');
  expect(diagnostics.map((d) => [d.code, d.line, d.args.key])).toEqual([['JB102', 3, 'number']]);
});

test('an alias bomb is refused with JB103 instead of exhausting memory', () => {
  const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 10; i++)
    levels.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]`,
    );
  const { yaml, diagnostics } = parseYaml(levels.join('\n'), 'bomb.yaml');
  expect(yaml).toBeNull();
  expect(diagnostics.map((d) => d.code)).toContain('JB103');
});

test('a syntax error has a line and column: the indent slip, at its line (JB108)', () => {
  const { diagnostics } = parseYaml('a: 1\n  b: 2\n', 'a.yaml');
  expect(diagnostics.map((d) => `${d.code} ${d.line}:${d.col}`)).toEqual(['JB108 2:1']);
});

test('positions: a value, a key, a missing key (its parent) and a line inside a block scalar', () => {
  const text = 'articles:\n  - title: 甲\n    body: |\n      第一段\n\n      ![图](a.png)\n';
  const { yaml } = parseYaml(text, 'a.yaml');
  if (!yaml) throw new Error('parse failed');
  expect(positionOf(yaml, ['articles', 0, 'title'])).toEqual({ line: 2, col: 12 });
  expect(positionOf(yaml, ['articles', 0, 'title'], 'key')).toEqual({ line: 2, col: 5 });
  expect(positionOf(yaml, ['articles', 0, 'source'])).toEqual({ line: 2, col: 5 });
  expect(positionInValue(yaml, ['articles', 0, 'body'], 2)).toEqual({ line: 6, col: 7 });
});
