// `--to html` opened in real headless Chromium: the DOM it builds (read back with --dump-dom)
// shows every article title as the <h2> of an <article> and every paragraph of the samples, in
// the order of the YAML (derived from the YAML itself, not from our renderer).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { renderHtml } from '../../../src/render/html';
import { expectedParagraphs, findInOrder, squash } from '../../helpers/sample-text';
import { chromium, testWith } from '../../helpers/tools';
import { tempDir } from '../../templates/fixture';
import { dom, elements, modelOf, SAMPLES, textOf } from './web-fixtures';

const browser = chromium();

function dumpDom(file: string): string {
  const profile = tempDir();
  const run = spawnSync(
    browser.command as string,
    ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${profile}`, '--dump-dom', pathToFileURL(file).href],
    { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
  );
  fs.rmSync(profile, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`chromium exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

describe.each(SAMPLES)('%s in Chromium', (sample) => {
  testWith(
    browser,
    'shows every article title and paragraph in order',
    async () => {
      const file = path.join(tempDir(), 'page.html');
      fs.writeFileSync(file, await renderHtml(modelOf(sample)));
      const page = dom(dumpDom(file));
      const expected = expectedParagraphs(sample);
      const articles = elements(page, (e) => e.name === 'article');
      const titles = articles.map((a) => textOf(elements(a, (e) => e.name === 'h2')[0]));
      const typedTitles = (parse(fs.readFileSync(sample, 'utf8')) as { articles: Array<{ title: string }> }).articles.map((a) =>
        a.title.replace(/\n/g, ''),
      );
      expect(titles).toEqual(typedTitles);
      const main = squash(textOf(elements(page, (e) => e.name === 'main')[0]));
      expect(findInOrder(main, expected)).toEqual({ missing: null });
      // Each paragraph is whole inside one element of its own article (not run together).
      const blocks = elements(page, (e) => ['p', 'h2', 'h3', 'figcaption'].includes(e.name)).map((e) => squash(textOf(e)));
      for (const paragraph of expected) expect(blocks.some((b) => b.includes(squash(paragraph)))).toBe(true);
    },
    90_000,
  );
});
