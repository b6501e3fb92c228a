import fs from 'node:fs';
import path from 'node:path';
import { issueJsonSchema, issueJsonSchemaText } from '../../src/schema/json-schema';

const ROOT = path.join(__dirname, '..', '..');
const COMMITTED = path.join(ROOT, 'schema', 'issue.schema.json');

type Node = { description?: string; examples?: unknown[]; properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; type?: string };

function fields(node: Node, at: string, out: Array<[string, Node]>): void {
  for (const [k, v] of Object.entries(node.properties ?? {})) {
    out.push([`${at}.${k}`, v]);
    fields(v, `${at}.${k}`, out);
  }
  if (node.items) {
    out.push([`${at}[]`, node.items]);
    fields(node.items, `${at}[]`, out);
  }
  node.anyOf?.forEach((n) => fields(n, at, out));
}

describe('the JSON Schema for editors', () => {
  it('is committed and up to date (run `node bin/jianbao schema > schema/issue.schema.json` after changing the schema)', () => {
    expect(fs.readFileSync(COMMITTED, 'utf8')).toBe(issueJsonSchemaText());
  });

  it('describes every field, and gives an example for every value field', () => {
    const all: Array<[string, Node]> = [];
    fields(issueJsonSchema() as Node, '', all);
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter(([, n]) => !n.description && !n.anyOf).map(([p]) => p)).toEqual([]);
    const leaves = all.filter(([, n]) => n.type === 'string' || n.type === 'integer');
    expect(leaves.filter(([, n]) => !n.examples?.length).map(([p]) => p)).toEqual([]);
  });

  it('is where the samples\' yaml-language-server line points', () => {
    for (const sample of ['wenzhou-kexie-2022-04.yaml', 'feature-page-2021-06.yaml']) {
      const file = path.join(ROOT, 'samples', sample);
      const first = fs.readFileSync(file, 'utf8').split('\n')[0];
      const ref = /^# yaml-language-server: \$schema=(.+)$/.exec(first)?.[1];
      expect(ref).toBeDefined();
      expect(path.resolve(path.dirname(file), ref!)).toBe(COMMITTED);
    }
  });

  it('rejects unknown keys like the validator does', () => {
    const s = issueJsonSchema() as { additionalProperties?: boolean; required?: string[] };
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toEqual(expect.arrayContaining(['issue', 'articles']));
  });
});
