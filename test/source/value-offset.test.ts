// sourcePointOf maps a character of a parsed string back to the file, for lint positions and
// --fix. A body whose first line begins with the editor's 　　 indent (U+3000, pasted from Word):
// YAML indents with spaces only, so the 　　 is text and the block's indentation is the spaces.
import { parseYaml } from '../../src/source/parse-yaml';
import { sourceLineOf, sourcePointOf } from '../../src/source/value-offset';

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

describe('sourceLineOf: a whole value line of a literal block as its file line', () => {
  const path = ['articles', 0, 'body'];
  const bodyOf = (text: string) => {
    const { yaml } = parseYaml(text, 'a.yaml');
    return { yaml: yaml!, body: (yaml!.value as { articles: Array<{ body: string }> }).articles[0].body };
  };

  it('the line, its indentation and its break; a part of a line or a line of a folded block: null', () => {
    const { yaml, body } = bodyOf(TEXT);
    const second = body.indexOf('第二段');
    const line = '      第二段,也有。\n';
    expect(sourceLineOf(yaml, path, second, '第二段,也有。'.length)).toEqual({ offset: TEXT.indexOf(line), length: line.length });
    expect(sourceLineOf(yaml, path, second, 3)).toBeNull();
    expect(sourceLineOf(yaml, path, second + 1, '第二段,也有。'.length - 1)).toBeNull();
    const folded = bodyOf(TEXT.replace('body: |', 'body: >'));
    expect(sourceLineOf(folded.yaml, path, folded.body.indexOf('第二段'), '第二段,也有。'.length)).toBeNull();
  });
});
