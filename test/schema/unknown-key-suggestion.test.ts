// JB203 names the allowed key an unknown one is most likely a slip of: within a third of the
// key's length in edits (at least one), case aside, the nearest first; none when nothing is near.
import { IssueFile } from '../../src/schema/issue-schema';
import { validate } from '../../src/schema/validate';
import { parseYaml } from '../../src/source/parse-yaml';

function suggestions(keys: string[]): Record<string, unknown> {
  const { yaml } = parseYaml(keys.map((k) => `${k}: 1`).join('\n'), 'x.yaml');
  const result = validate(IssueFile, yaml!);
  if (result.ok) throw new Error('expected unknown keys');
  return Object.fromEntries(result.diagnostics.filter((d) => d.code === 'JB203').map((d) => [d.args.key, d.args.closest ?? null]));
}

test('a slip within the limit is named, one past it is not', () => {
  expect(
    suggestions(['isue', 'ISSUE', 'artciles', 'publicatoin', 'tmplate', 'colofon', 'brfs', 'xyzxyzxy', 'unknown_key_1', 'articlesxyz']),
  ).toEqual({
    isue: 'issue', // 1 edit, limit 1
    ISSUE: 'issue', // case aside
    artciles: 'articles', // 2 edits, limit 2
    publicatoin: 'publication', // 2 edits, limit 3
    tmplate: 'template', // 1 edit
    colofon: 'colophon', // 2 edits, limit 2
    brfs: null, // 2 edits from briefs, limit 1
    xyzxyzxy: null,
    unknown_key_1: null,
    articlesxyz: 'articles', // 3 edits, limit 3
  });
});
