// The words of `jianbao preview` in both languages: the terminal lines and the page's own labels
// (diagnostic messages live in diagnostics/codes.ts).
import type { Lang } from './lang';

const WORDS = {
  htmlLang: { zh: 'zh-CN', en: 'en' },
  description: {
    zh: '在浏览器中边写边看：保存期刊文件后页面立即更新',
    en: 'preview the issue in the browser; the pages update on every save',
  },
  fileArg: { zh: '期刊 YAML 文件', en: 'the issue YAML file' },
  portOption: { zh: '端口（默认自选一个空闲端口）', en: 'port (default: a free one)' },
  noOpenOption: { zh: '不打开浏览器，只打印地址', en: 'do not open the browser, only print the address' },
  gridOption: { zh: '打开页面时显示 28×22 版心网格', en: 'show the 28×22 type-area grid when the page opens' },
  serving: { zh: '预览地址：{url}\n（只在本机可访问；按 Ctrl+C 结束）', en: 'preview at {url}\n(this machine only; Ctrl+C to stop)' },
  updated: { zh: '{file} 已更新预览，用时 {ms} ms', en: '{file}: preview updated in {ms} ms' },
  failed: {
    zh: '{file} 有错误，预览保留上次的页面（{summary}）',
    en: '{file} has errors; the preview keeps the last good pages ({summary})',
  },
  pageTitle: { zh: '{name} · jianbao 预览', en: '{name} · jianbao preview' },
  toc: { zh: '本期要目', en: '本期要目 (contents)' },
  tocEmpty: { zh: '（生成后显示）', en: '(shown once built)' },
  page: { zh: '第 {n} 页', en: 'page {n}' },
  problems: { zh: '上次生成的问题', en: 'Problems of the last build' },
  noProblems: { zh: '没有问题', en: 'no problems' },
  grid: { zh: '28×22 网格', en: '28×22 grid' },
  building: { zh: '正在生成…', en: 'building…' },
  upToDate: { zh: '已更新，用时 {ms} ms', en: 'updated in {ms} ms' },
  keptLast: { zh: '有错误：下面是上次成功生成的页面', en: 'errors: the pages below are the last good build' },
  noPagesYet: {
    zh: '有错误，还没有可显示的页面：改正左侧的问题后保存',
    en: 'errors, and no pages to show yet: fix the problems listed and save',
  },
  disconnected: { zh: '与 jianbao 的连接已断开（预览已结束？）', en: 'lost the connection to jianbao (did the preview stop?)' },
} satisfies Record<string, Record<Lang, string>>;

export type PreviewWord = keyof typeof WORDS;

export function pw(lang: Lang, key: PreviewWord, args: Record<string, string | number> = {}): string {
  return WORDS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (args[name] === undefined ? whole : String(args[name])));
}

/** The page's labels, handed to its script as JSON. */
export function pageWords(lang: Lang): Record<PreviewWord, string> {
  return Object.fromEntries(Object.keys(WORDS).map((k) => [k, WORDS[k as PreviewWord][lang]])) as Record<PreviewWord, string>;
}

/** A browser without the token sees this: both languages, as the server knows no reader's. */
export const NO_TOKEN_TEXT =
  '403：这个地址缺少口令。请打开 jianbao preview 在终端打印的完整地址（含 ?token=…）。\n' +
  '403: this address lacks its token. Open the full address jianbao preview printed in the terminal (with ?token=…).\n';
