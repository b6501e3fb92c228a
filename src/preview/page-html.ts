// The preview page's HTML and CSS. They are strings in the program (not files beside it), so what
// the server can answer is fixed when jianbao is built: nothing is looked up on disk per request.
import type { Lang } from '../diagnostics/messages';
import { pageWords, pw } from '../i18n/preview';

/** `<`, `&` and quotes of text put into HTML (the file name in the title). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface PageSettings {
  lang: Lang;
  /** The issue file's name, for the window title. */
  name: string;
  /** Grid overlay on when the page opens (--grid). */
  grid: boolean;
  /** Every address the page uses carries it. */
  token: string;
}

export function pageHtml(settings: PageSettings): string {
  const words = pageWords(settings.lang);
  const q = `?token=${encodeURIComponent(settings.token)}`;
  // JSON inside <script type="application/json">: `<` escaped so no text can close the element.
  const data = JSON.stringify({ words, grid: settings.grid }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${pw(settings.lang, 'htmlLang')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${escapeHtml(pw(settings.lang, 'pageTitle', { name: settings.name }))}</title>
<link rel="stylesheet" href="/app.css${q}">
<script type="application/json" id="settings">${data}</script>
<script type="module" src="/app.js${q}"></script>
</head>
<body>
<aside id="side">
  <label class="grid-toggle"><input type="checkbox" id="grid"> ${escapeHtml(words.grid)}</label>
  <p id="state" role="status">${escapeHtml(words.building)}</p>
  <nav aria-labelledby="toc-title"><h2 id="toc-title">${escapeHtml(words.toc)}</h2><ol id="toc"><li class="empty">${escapeHtml(words.tocEmpty)}</li></ol></nav>
  <section aria-labelledby="problems-title"><h2 id="problems-title">${escapeHtml(words.problems)}</h2><ul id="problems"></ul></section>
</aside>
<main id="pages" aria-live="polite"></main>
</body>
</html>
`;
}

export const PAGE_CSS = `
* { box-sizing: border-box; }
body { margin: 0; display: flex; height: 100vh; font: 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif; background: #e8e8e8; color: #222; }
#side { width: 22rem; flex: none; overflow-y: auto; padding: .75rem 1rem; background: #fafafa; border-right: 1px solid #ccc; }
#side h2 { font-size: 1rem; margin: 1rem 0 .4rem; }
#state { margin: .5rem 0; padding: .4rem .6rem; border-radius: 4px; background: #eef4ee; }
#state.failed { background: #fbeaea; color: #8a1c1c; }
#state.offline { background: #f3f3f3; color: #666; }
#toc { padding-left: 1.4rem; margin: 0; }
#toc li { margin: .25rem 0; }
#toc a { color: #1a4fa0; text-decoration: none; }
#toc a:hover { text-decoration: underline; }
#toc .page-no { color: #777; font-size: .85em; margin-left: .3em; white-space: nowrap; }
#toc .empty, #problems .none { list-style: none; color: #777; }
#problems { padding: 0; margin: 0; list-style: none; }
#problems li { margin: .4rem 0; padding: .35rem .5rem; border-left: 3px solid #c98a00; background: #fff; }
#problems li.error { border-color: #c62828; }
#problems li.none { border-color: #2e7d32; }
#problems code { display: block; font-size: .85em; color: #555; word-break: break-all; }
#problems .hint { display: block; color: #666; font-size: .9em; }
#pages { flex: 1; overflow-y: auto; padding: 1rem; }
.page { position: relative; margin: 0 auto 1rem; max-width: 900px; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.page canvas { display: block; width: 100%; height: auto; }
.page .grid { display: none; position: absolute; pointer-events: none; border: 1px solid rgba(0, 110, 220, .55);
  background-image: linear-gradient(to right, rgba(0, 110, 220, .35) 1px, transparent 1px), linear-gradient(to bottom, rgba(0, 110, 220, .35) 1px, transparent 1px); }
body.grid-on .page .grid { display: block; }
.page-text { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: pre-wrap; }
.message { max-width: 40rem; margin: 3rem auto; color: #555; text-align: center; }
`;
