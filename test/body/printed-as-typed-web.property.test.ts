// Property: the public web outputs (--to html, --to wechat) show what the editor typed, as the PDF
// and DOCX do (printed-as-typed.property.test.ts, same generated cases): each title, paragraph,
// subheading, caption and table cell, read back from the HTML as a browser shows it (entities
// decoded), is the typed text minus exactly the documented markup, in order, and its bold text is
// the text typed between `**`. Web pages do not paginate, so nothing moves.
// Seeded (JIANBAO_FUZZ_SEED, default fixed); a failure prints the seed, the case and a rerun line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { ChildNode, Element } from 'domhandler';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderFiles } from '../../src/render/registry';
import { issueYaml, type TestArticle } from '../helpers/body-build';
import { article, PHOTOS, printedBody, printedTitle } from '../helpers/typed-cases';
import { FUZZ_SEED } from '../reliability/helpers/fuzz-config';
import { dom, textOf } from '../render/html/web-fixtures';

const CASES = process.env.JIANBAO_TEST_TIER === 'full' ? 1000 : 75;
const PER_ISSUE = 75;
const RERUN = `JIANBAO_FUZZ_SEED=${FUZZ_SEED} npx jest test/body/printed-as-typed-web.property.test.ts`;
const PNG = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'images', 'ningbo-xie-zhiyuan.png'));

const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'figcaption', 'th', 'td']);

interface Shown {
  text: string;
  bold: string;
}

const isTag = (n: ChildNode): n is Element => n.type === 'tag';

function boldOf(node: ChildNode): string {
  if (!isTag(node)) return '';
  if (node.name === 'strong' || node.name === 'b') return textOf(node);
  return node.children.map(boldOf).join('');
}

/** Every innermost text block of the pages, in order, with its text and its bold text. */
function shownBlocks(pages: string[]): Shown[] {
  const out: Shown[] = [];
  const walk = (nodes: ChildNode[]) => {
    for (const n of nodes) {
      if (!isTag(n)) continue;
      const inner: Element[] = [];
      const find = (ns: ChildNode[]) => ns.forEach((c) => isTag(c) && (BLOCKS.has(c.name) ? inner.push(c) : find(c.children)));
      find(n.children);
      if (BLOCKS.has(n.name) && inner.length === 0) out.push({ text: textOf(n), bold: boldOf(n) });
      else walk(n.children);
    }
  };
  for (const page of pages) {
    const doc = dom(page);
    const body = (function first(ns: ChildNode[]): Element | undefined {
      for (const n of ns) if (isTag(n)) return n.name === 'body' ? n : first(n.children);
      return undefined;
    })(doc.children);
    walk(body ? body.children : doc.children);
  }
  return out.filter((b) => b.text !== '');
}

/** What each article should show: its title (lines run together: a <br> shows no character), then its blocks. */
function typedBlocks(a: TestArticle): Shown[] {
  return [
    { text: printedTitle(a.title).replace(/\n/g, ''), bold: '' },
    ...printedBody(a.body)
      .filter((p) => !p.photo)
      .map((p) => ({ text: p.text, bold: p.bold })),
  ].filter((b) => b.text !== '');
}

async function pagesOf(yaml: string, format: 'html' | 'wechat'): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-web-'));
  try {
    const file = path.join(dir, 'issue.yaml');
    fs.writeFileSync(file, yaml);
    for (const p of PHOTOS) {
      fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      fs.writeFileSync(path.join(dir, p), PNG);
    }
    const compiled = compileIssue(file, { glyphCheck: false, date: new Date('2022-04-30T00:00:00Z') });
    const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
    if (!compiled.model || errors.length)
      throw new Error(`did not build (seed ${FUZZ_SEED}; rerun: ${RERUN}): ${JSON.stringify(errors.slice(0, 3))}`);
    const files = await renderFiles(compiled.model, format, path.join(dir, 'issue'), { diagnostics: [] });
    return files.filter(([f]) => f.endsWith('.html')).map(([, b]) => b.toString('utf8'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(['html', 'wechat'] as const)('--to %s', (format) => {
  test(`shows ${CASES} generated bodies and titles as typed (seed ${FUZZ_SEED})`, async () => {
    const cases = fc.sample(article, { seed: FUZZ_SEED, numRuns: CASES });
    for (let first = 0; first < cases.length; first += PER_ISSUE) {
      const batch = cases.slice(first, first + PER_ISSUE);
      const shown = shownBlocks(await pagesOf(issueYaml(batch), format));
      // The articles begin at the first one's title (after the masthead) and follow in order.
      let at = shown.findIndex((b) => b.text === typedBlocks(batch[0])[0].text);
      expect(at).toBeGreaterThanOrEqual(0);
      batch.forEach((a, k) => {
        const want = typedBlocks(a);
        const got = shown.slice(at, at + want.length);
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          throw new Error(
            `${format} differs for case ${first + k} (seed ${FUZZ_SEED}; rerun: ${RERUN})\n` +
              `title: ${JSON.stringify(a.title)}\nbody:  ${JSON.stringify(a.body)}\n` +
              `expected: ${JSON.stringify(want)}\nshown:    ${JSON.stringify(got)}`,
          );
        }
        at += want.length;
      });
      expect(shown.slice(at)).toEqual([]);
    }
  }, 900_000);
});
