// The page: every address carries the token, the file name cannot inject markup, the
// labels follow --lang, and the script embeds the one findArticlePages.
import { pageHtml } from '../../src/preview/page-html';
import { PAGE_SCRIPT } from '../../src/preview/page-script';

test('the stylesheet and script are asked for with the token; the name is escaped', () => {
  const html = pageHtml({ lang: 'zh', name: '<img src=x onerror=alert(1)>.yaml', grid: false, token: 'tok_EN-1' });
  expect(html).toContain('href="/app.css?token=tok_EN-1"');
  expect(html).toContain('src="/app.js?token=tok_EN-1"');
  expect(html).not.toContain('<img');
  expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;.yaml');
  expect(html).toContain('<html lang="zh-CN">');
  expect(html).toContain('本期要目');
});

test('--lang en and --grid reach the page', () => {
  const html = pageHtml({ lang: 'en', name: 'a.yaml', grid: true, token: 't' });
  expect(html).toContain('<html lang="en">');
  expect(html).toContain('Problems of the last build');
  const settings = JSON.parse(/<script type="application\/json" id="settings">(.*?)<\/script>/.exec(html)?.[1] ?? '{}') as {
    grid: boolean;
    words: Record<string, string>;
  };
  expect(settings.grid).toBe(true);
  expect(settings.words.noProblems).toBe('no problems');
});

test('the settings JSON cannot close its script element', () => {
  const html = pageHtml({ lang: 'zh', name: 'x.yaml', grid: false, token: 't' });
  const inside = /<script type="application\/json" id="settings">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
  expect(inside).not.toMatch(/</);
});

test('the script carries findArticlePages and loads pdf.js from the two served files only', () => {
  expect(PAGE_SCRIPT).toContain('function findArticlePages(');
  expect(PAGE_SCRIPT).not.toContain('${FIND_ARTICLE_PAGES}');
  const paths = [...PAGE_SCRIPT.matchAll(/withToken\('([^']+)'/g)].map((m) => m[1]).sort();
  expect(paths).toEqual(['/events', '/issue.pdf', '/pdf.min.mjs', '/pdf.worker.min.mjs']);
});
