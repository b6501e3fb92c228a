// Models of the two samples and of small typed issues for the web-format tests, plus a DOM reader
// (htmlparser2, entities decoded) so a test compares the characters a browser would show.
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Document, Element } from 'domhandler';
import { compileIssue } from '../../../src/pipeline/compile-issue';
import type { DocumentModel } from '../../../src/model/model';
import { issueYaml, type TestArticle } from '../../helpers/body-build';
import { tempDir } from '../../templates/fixture';

export const SAMPLES = ['samples/wenzhou-kexie-2022-04.yaml', 'samples/feature-page-2021-06.yaml'];

export function modelOf(file: string): DocumentModel {
  const compiled = compileIssue(file, { glyphCheck: false, date: new Date('2022-04-30T00:00:00Z') });
  if (!compiled.model) throw new Error(`${file} did not compile: ${compiled.diagnostics.map((d) => d.code).join(', ')}`);
  return compiled.model;
}

/** A model of a typed issue (template `plain` unless named); extra top-level YAML appended. */
export function typedModel(articles: TestArticle[], opts: { template?: string; extra?: string } = {}): DocumentModel {
  const file = path.join(tempDir(), 'issue.yaml');
  fs.writeFileSync(file, `${issueYaml(articles, opts.template)}${opts.extra ?? ''}`);
  return modelOf(file);
}

export const dom = (html: string): Document => parseDocument(html, { decodeEntities: true });

export function elements(node: Document | Element, pick: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (nodes: ChildNode[]) => {
    for (const n of nodes) {
      if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style') continue;
      const e = n as Element;
      if (pick(e)) out.push(e);
      walk(e.children);
    }
  };
  walk(node.children);
  return out;
}

/** The text a node shows (entities decoded, <br> as nothing). */
export function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (node.type === 'tag' || node.type === 'style' || node.type === 'script') return (node as Element).children.map(textOf).join('');
  return '';
}
