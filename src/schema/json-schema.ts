// The JSON Schema of issue files, generated from the one zod schema so editors (VS Code with the
// YAML extension, via the `# yaml-language-server: $schema=…` line) complete and check the same
// fields, descriptions and examples that jianbao validates. schema/issue.schema.json is this
// output, committed; a test fails when it is stale.
import { z } from 'zod';
import { IssueFile } from './issue-schema';

export const SCHEMA_ID = 'https://github.com/jianbao/jianbao/schema/issue.schema.json';

export function issueJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(IssueFile, { target: 'draft-7', unrepresentable: 'throw' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: 'jianbao 简报期刊文件 / jianbao bulletin issue',
    description: '一期简报：期号、文章、简讯、报尾。One issue of a bulletin: numbers, articles, briefs, colophon.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** The committed file's exact text (two-space JSON and a final newline). */
export function issueJsonSchemaText(): string {
  return `${JSON.stringify(issueJsonSchema(), null, 2)}\n`;
}
