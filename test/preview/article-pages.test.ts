// Finding the page each article starts on from the pages' text: the 本期要目 on page 1 names
// every title too, and must not be taken for the headings.
import { findArticlePages } from '../../src/preview/article-pages';

const TOC_PAGE = '温州科协信息 第 4 期 本 期 要 目 甲乙会议召开 丙丁调研 戊己活动';

test('each title is found at its heading, not in the 要目 before it', () => {
  const pages = [`${TOC_PAGE} 甲乙会议召开 正文一`, '正文一续 丙丁调研 正文二', '正文二续', '戊己活动 正文三'];
  expect(findArticlePages(pages, ['甲乙会议召开', '丙丁调研', '戊己活动'])).toEqual([1, 2, 4]);
});

test('a title set on two lines (spaces and a line break in the text) is still found', () => {
  const pages = [`${TOC_PAGE}`, '甲乙会议召开 正文', '丙丁\n调 研 正文', '戊己活动'];
  expect(findArticlePages(pages, ['甲乙会议召开', '丙丁\n调研', '戊己活动'])).toEqual([2, 3, 4]);
});

test('a title not in the text gets no page, and the others are still found', () => {
  const pages = [TOC_PAGE, '甲乙会议召开', '戊己活动'];
  expect(findArticlePages(pages, ['甲乙会议召开', '不存在的标题', '戊己活动'])).toEqual([2, null, 3]);
  expect(findArticlePages([], ['甲'])).toEqual([null]);
  expect(findArticlePages(['甲'], [''])).toEqual([null]);
});

test('runs on its own source, as the page script embeds it', () => {
  // The page gets the function's text: it must not lean on anything outside itself.
  const again = new Function(`return (${findArticlePages.toString()})`)() as typeof findArticlePages;
  expect(again([TOC_PAGE, '甲乙会议召开 正文', '丙丁调研'], ['甲乙会议召开', '丙丁调研'])).toEqual([2, 3]);
});
