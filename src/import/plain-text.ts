// Rebuilds the plain text an imported issue stands for, from the issue data as parsed back from
// the YAML: the self-check after every import and the round-trip tests compare it with the input.
import { unescapeMarkdown } from './markdown-escape';

export interface IssueData {
  template?: string;
  articles: { title: string; section?: string; source?: string; byline?: string; body: string }[];
  briefs?: { date: string; text: string; source?: string }[];
}

function bodyText(body: string, keepHeadingMarks: boolean): string[] {
  return body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p) => {
    const heading = /^##\s+/.exec(p);
    let text = heading ? p.slice(heading[0].length) : p;
    if (/^\*.*\*$/s.test(text) && !text.startsWith('\\*')) text = text.slice(1, -1); // caption
    text = unescapeMarkdown(text);
    return heading && keepHeadingMarks ? `## ${text}` : text;
  });
}

export function rebuildPlainText(data: IssueData): string {
  const feature = data.template === 'zhuankan';
  const out: string[] = [];
  for (const a of data.articles) {
    const title = a.title.replace(/\n/g, ' ');
    out.push(feature ? `# ${a.section ? `${a.section} ` : ''}${title}` : title);
    out.push(...bodyText(a.body, feature));
    if (a.source) out.push(`（${a.source}）`);
    if (a.byline) out.push(a.byline);
  }
  if (data.briefs?.length) {
    out.push('简讯');
    for (const b of data.briefs) out.push(`${b.date}，${b.text}${b.source ? `（${b.source}）` : ''}`);
  }
  return out.join('\n\n');
}

/** Non-space characters, the unit of every round-trip comparison. */
export const nonSpace = (s: string): string[] => [...s.replace(/[\s\u3000]+/g, '')];
