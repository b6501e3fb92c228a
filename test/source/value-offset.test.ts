// sourcePointOf maps a character of a parsed string back to the file, for lint positions and
// --fix. A body whose first line begins with the editor's 　　 indent (U+3000, pasted from Word):
// YAML indents with spaces only, so the 　　 is text and the block's indentation is the spaces.
import { parseYaml } from '../../src/source/parse-yaml';
import { sourcePointOf } from '../../src/source/value-offset';

const TEXT = ['articles:', '  - title: 标题', '    body: |', '      　　第一段,有逗号。', '', '      第二段,也有。', ''].join('\n');

test('a literal block whose first line starts with 　　 maps every character to its place', () => {
  const { yaml } = parseYaml(TEXT, 'a.yaml');
  const body = (yaml!.value as { articles: Array<{ body: string }> }).articles[0].body;
  const path = ['articles', 0, 'body'];
  for (const [line, char] of [
    [4, '第一段,'],
    [6, '第二段,'],
  ] as const) {
    const index = body.indexOf(char) + char.length - 1; // the half-width comma
    const point = sourcePointOf(yaml!, path, index);
    expect(point).not.toBeNull();
    expect(point!.line).toBe(line);
    expect(TEXT[point!.offset]).toBe(',');
    expect(point!.col).toBe(TEXT.split('\n')[line - 1].indexOf(',') + 1);
  }
});
