// The preview page's script (a browser module, as a string served at /app.js). It draws every page
// of the last good PDF with pdf.js, lists the 本期要目 with the page each article starts on, shows
// the last build's problems, and reloads the pages when the server's event stream says the PDF
// changed. findArticlePages is the same function the tests run in Node.
import { findArticlePages } from './article-pages';

const SCRIPT = String.raw`
const token = new URLSearchParams(location.search).get('token') ?? '';
const withToken = (path, extra = '') => path + '?token=' + encodeURIComponent(token) + extra;
const { words, grid } = JSON.parse(document.getElementById('settings').textContent);
const fill = (text, args) => text.replace(/\{(\w+)\}/g, (whole, name) => (name in args ? String(args[name]) : whole));
const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, children = []) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

const pdfjs = await import(withToken('/pdf.min.mjs'));
pdfjs.GlobalWorkerOptions.workerSrc = withToken('/pdf.worker.min.mjs');

const gridBox = $('grid');
gridBox.checked = grid;
const showGrid = () => document.body.classList.toggle('grid-on', gridBox.checked);
gridBox.addEventListener('change', showGrid);
showGrid();

let shown = 0;          // version of the PDF on screen
let wanted = 0;         // newest version announced
let drawing = false;
let latest = null;      // the last status received
let pageTexts = [];

function gridFor(pageNumber, g) {
  const left = pageNumber % 2 === 1 ? g.inside : g.outside;
  const box = el('div', { className: 'grid' });
  box.style.left = (100 * left / g.width) + '%';
  box.style.top = (100 * g.top / g.height) + '%';
  box.style.width = (100 * (g.width - g.inside - g.outside) / g.width) + '%';
  box.style.height = (100 * (g.height - g.top - g.bottom) / g.height) + '%';
  box.style.backgroundSize = (100 / g.cols) + '% 100%, 100% ' + (100 / g.rows) + '%';
  return box;
}

// One worker for every version: pdf.js would otherwise start (and fetch) a new one per PDF.
const worker = new pdfjs.PDFWorker();

/** The pages now in view (1-based), so a new version draws those first. */
function pagesInView() {
  const area = $('pages').getBoundingClientRect();
  const seen = [...$('pages').querySelectorAll('.page')].filter((p) => {
    const box = p.getBoundingClientRect();
    return box.bottom > area.top && box.top < area.bottom;
  }).map((p) => Number(p.id.slice('page-'.length)));
  return seen.length ? seen : [1, 2];
}

async function paint(page, canvas, viewport) {
  await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
}

// The text of every page and the canvases of the pages in view are ready before the new pages
// replace the old ones; the other canvases are drawn right after, unless a newer PDF came.
async function draw(version) {
  const bytes = new Uint8Array(await (await fetch(withToken('/issue.pdf', '&v=' + version))).arrayBuffer());
  const loading = pdfjs.getDocument({ data: bytes, worker });
  const doc = await loading.promise;
  const width = Math.min($('pages').clientWidth - 32, 900);
  const inView = new Set(pagesInView());
  const pages = [];
  const later = [];
  const texts = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: (width / base.width) * (window.devicePixelRatio || 1) });
    const canvas = el('canvas', { width: Math.floor(viewport.width), height: Math.floor(viewport.height) });
    const content = await page.getTextContent();
    const text = content.items.map((item) => item.str ?? '').join('');
    texts.push(text);
    const box = el('section', { className: 'page', id: 'page-' + n }, [canvas, el('div', { className: 'page-text', textContent: text })]);
    box.setAttribute('aria-label', fill(words.page, { n }));
    if (latest?.geometry) box.append(gridFor(n, latest.geometry));
    pages.push(box);
    if (inView.has(n)) await paint(page, canvas, viewport);
    else later.push(() => paint(page, canvas, viewport));
  }
  $('pages').replaceChildren(...pages);
  $('pages').dataset.version = String(version);
  pageTexts = texts;
  shown = version;
  showToc();
  for (const paintLater of later) {
    if (wanted !== version) break;
    await paintLater();
  }
  // The loading task owns the document's resources (pdf.js 6 has no PDFDocumentProxy.destroy).
  await loading.destroy();
}

async function drawNewest() {
  if (drawing) return;
  drawing = true;
  try {
    while (wanted !== shown) await draw(wanted);
  } catch (error) {
    console.error(error);
  } finally {
    drawing = false;
  }
  showToc();
  showState();
}

function showToc() {
  const toc = latest?.toc ?? [];
  if (toc.length === 0 || shown === 0) return;
  const pagesOf = findArticlePages(pageTexts, toc.map((entry) => entry.title));
  $('toc').replaceChildren(...toc.map((entry, i) => {
    const page = pagesOf[i];
    if (page === null) return el('li', { textContent: entry.label });
    const link = el('a', { href: '#page-' + page, textContent: entry.label });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      $('page-' + page)?.scrollIntoView({ block: 'start' });
    });
    return el('li', {}, [link, el('span', { className: 'page-no', textContent: fill(words.page, { n: page }) })]);
  }));
}

function showProblems(list) {
  if (list.length === 0) {
    $('problems').replaceChildren(el('li', { className: 'none', textContent: words.noProblems }));
    return;
  }
  $('problems').replaceChildren(...list.map((d) => el('li', { className: d.severity }, [
    el('code', { textContent: d.where }),
    el('span', {}, [el('strong', { textContent: d.code }), ' ', d.message]),
    el('span', { className: 'hint', textContent: d.hint }),
  ])));
}

function showState() {
  const state = $('state');
  state.className = '';
  if (!latest || latest.ok === null) state.textContent = words.building;
  else if (latest.ok) state.textContent = fill(words.upToDate, { ms: latest.ms });
  else {
    state.className = 'failed';
    state.textContent = shown === 0 ? words.noPagesYet : words.keptLast;
  }
}

const events = new EventSource(withToken('/events'));
events.addEventListener('status', (event) => {
  latest = JSON.parse(event.data);
  wanted = latest.version;
  showProblems(latest.diagnostics);
  showState();
  if (wanted !== shown) void drawNewest();
});
events.addEventListener('error', () => {
  if (events.readyState === EventSource.CLOSED || events.readyState === EventSource.CONNECTING) {
    $('state').className = 'offline';
    $('state').textContent = words.disconnected;
  }
});

${'$'}{FIND_ARTICLE_PAGES}
`;

// The function's own compiled source: one implementation for the page and the tests.
export const PAGE_SCRIPT = SCRIPT.replace('${FIND_ARTICLE_PAGES}', () => findArticlePages.toString());
