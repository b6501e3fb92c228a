// A whole issue through our own DOCX and back: build an issue YAML to DOCX in memory, import the
// DOCX as `jianbao import` does, and read both issues through the loader into one comparable
// shape (what prints: masthead fields, titles, 要目 lines, bodies, sources, bylines, briefs, 报尾).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadIssue } from '../../../src/issue/load-issue';
import { BuildContext } from '../../../src/pipeline/build-context';
import { buildToFiles } from '../../../src/pipeline/build-to-files';
import type { Issue } from '../../../src/schema/issue-schema';
import { runCli } from '../../helpers/run-cli';
import { typedDocx } from './secretary-docx';

export const tmp = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'jb-word-issue-'));

// One build context for all builds of a test file, as one `jianbao build` of many issues has.
const context = new BuildContext();

/** The DOCX jianbao writes for `yamlFile`, or null when the issue does not build. */
export async function ownDocx(yamlFile: string): Promise<Buffer | null> {
  const built = await buildToFiles(yamlFile, {
    stem: null,
    formats: ['docx'],
    context,
    date: new Date(Date.UTC(2026, 0, 1)),
  });
  return built.ok && built.bytes.docx ? built.bytes.docx : null;
}

const IMAGE = /!\[([^\]]*)\]\(([^)]+)\)/g;

/** A body's printed lines; a photo named by its bytes' hash (the import names files by content). */
function bodyLines(body: string, dir: string): string[] {
  return body
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) =>
      l.replace(IMAGE, (_, caption: string, rel: string) => {
        const bytes = fs.readFileSync(path.resolve(dir, rel));
        return `![${caption}](${createHash('sha256').update(bytes).digest('hex').slice(0, 12)})`;
      }),
    );
}

export interface PrintedIssue {
  name?: string;
  editor?: string;
  mark?: string;
  number?: number | string;
  total?: number | string;
  date: string;
  articles: { section?: string; title: string; toc: string; source?: string; byline?: string; body: string[] }[];
  briefs: { date: string; text: string; source?: string }[];
  colophon: Issue['colophon'];
}

/** What prints of an issue. A title's line breaks are left out: the renderer breaks a long title
 *  itself, and the import keeps the break it finds (the 要目 line is compared as it prints). */
export function printed(issue: Issue): PrintedIssue {
  const dir = path.dirname(issue.file);
  return {
    name: issue.publication.name,
    editor: issue.publication.editor,
    mark: issue.publication.mark,
    number: issue.issue.number,
    total: issue.issue.total,
    date: issue.issue.date,
    articles: issue.articles.map((a) => ({
      section: a.section,
      title: a.title.replace(/\n/g, ''),
      toc: a.toc ?? a.title.replace(/\n/g, ''),
      source: a.source,
      byline: a.byline,
      body: bodyLines(a.body, dir),
    })),
    briefs: issue.briefs.map((b) => ({ date: b.date, text: b.text, source: b.source })),
    colophon: issue.colophon ?? null,
  };
}

/** The round trip's one comparison: the imported issue prints what the source issue prints. The
 *  feature template prints no 编印单位, so it cannot come back from the DOCX; it also sets each photo
 *  in a floating frame anchored further down (at the top of a page), so the DOCX's reading order
 *  holds the photo at its anchor: there photos are compared in their own order. */
export function expectRoundTrip(importedYaml: string, sourceYaml: string): void {
  const want = printed(loaded(sourceYaml));
  const got = printed(loaded(importedYaml));
  if (loaded(sourceYaml).template === 'zhuankan') {
    for (const issue of [want, got]) {
      issue.editor = undefined;
      for (const a of issue.articles) a.body = [...a.body.filter((l) => !l.startsWith('![')), ...a.body.filter((l) => l.startsWith('!['))];
    }
  }
  expect(got).toEqual(want);
}

export function loaded(file: string): Issue {
  const got = loadIssue(file);
  if (!got.issue) throw new Error(`${file} does not load: ${JSON.stringify(got.diagnostics.map((d) => [d.code, d.line, d.args]))}`);
  return got.issue;
}

/** A typed back issue written as `name.docx` and imported as `jianbao import` does, into 2019/. */
export async function importTyped(name: string, ...docx: Parameters<typeof typedDocx>) {
  const dir = tmp();
  const file = path.join(dir, `${name}.docx`);
  fs.writeFileSync(file, await typedDocx(...docx));
  const run = await runCli(['import', file, '-o', path.join(dir, '2019')]);
  const yamlFile = path.join(dir, '2019', `${name}.yaml`);
  return { run, yamlFile, codes: run.stderr.match(/JB\d{3}/g) ?? [] };
}
