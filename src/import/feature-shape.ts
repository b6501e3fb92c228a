// The feature-page shape (seed 004): no masthead, `# 城市 标题` sections, `##` subheadings,
// reporters' bylines, photo captions. Each `#` section becomes one article of a zhuankan issue.
import { buildArticle } from './article';
import { isBlank } from './lines';
import type { ImportedIssue, ImportNote, Join, Line } from './types';

const SECTION = /^#\s+(\S+)(?:[ \u3000]+(.+))?$/;

export const isSectionLine = (line: Line): boolean => SECTION.test(line.text.trim());

export function importFeaturePage(lines: readonly Line[]): ImportedIssue {
  const starts = lines.map((l, i) => (isSectionLine(l) ? i : -1)).filter((i) => i >= 0);
  const notes: ImportNote[] = [];
  const joins: Join[] = [];
  const articles = starts.map((start, k) => {
    const m = SECTION.exec(lines[start].text.trim())!;
    let body = lines.slice(start + 1, k + 1 < starts.length ? starts[k + 1] : lines.length);
    if (k === 0 && lines.slice(0, start).some((l) => !isBlank(l))) {
      notes.push({ code: 'JB159', line: lines.slice(0, start).find((l) => !isBlank(l))!.no, args: {} });
      body = [...lines.slice(0, start), ...body];
    }
    // `# 宁波 创新“五连”模式 …`: the first word is the section label, the rest the headline.
    const built = buildArticle({
      section: m[2] ? m[1] : undefined,
      title: (m[2] ?? m[1]).trim(),
      line: lines[start].no,
      body,
      captionAtHead: true,
    });
    joins.push(...built.joins);
    notes.push(...built.notes);
    return built.article;
  });
  return { shape: 'zhuankan', masthead: {}, articles, briefs: [], joins, notes };
}
