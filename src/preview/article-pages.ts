// Which page each article starts on, found in the text of the rendered pages: the PDF is the
// truth of where things fell. Runs in the browser too (the page's script embeds its source), so
// it must stay one self-contained function.

/**
 * `pageTexts`: each page's text in content order; `titles`: the articles' titles in order.
 * Returns each article's 1-based page, or null when its title is not found.
 *
 * Whitespace is ignored (a title may be set on two lines). The search runs from the last article
 * back, each title sought before the next one's heading: so a title that also stands in the
 * 本期要目 on page 1 is found at its heading, which comes after the 要目.
 */
export function findArticlePages(pageTexts: readonly string[], titles: readonly string[]): Array<number | null> {
  const compact = (s: string) => s.replace(/\s+/g, '');
  const starts: number[] = [];
  let text = '';
  for (const page of pageTexts) {
    starts.push(text.length);
    text += compact(page);
  }
  const pageAt = (offset: number) => {
    let page = 0;
    while (page + 1 < starts.length && starts[page + 1] <= offset) page++;
    return page + 1;
  };
  const found: Array<number | null> = titles.map(() => null);
  let before = text.length;
  for (let i = titles.length - 1; i >= 0; i--) {
    const title = compact(titles[i]);
    const at = title && before > 0 ? text.lastIndexOf(title, before - 1) : -1;
    if (at < 0) continue;
    found[i] = pageAt(at);
    before = at;
  }
  return found;
}
