// Rebuilds the plain text an imported issue stands for, from the issue data as parsed back from
// the YAML: the self-check after every import and the round-trip tests compare it with the input.
import { parseBody } from '../markdown/body';

export interface IssueData {
  template?: string;
  articles: { title: string; section?: string; source?: string; byline?: string; body: string }[];
  briefs?: { date: string; text: string; source?: string }[];
}

/** What a body prints, block by block (body format v2); a feature page keeps its `## ` marks. */
function bodyText(body: string, keepHeadingMarks: boolean): string[] {
  return parseBody(body).map((b) => {
    if (b.kind === 'photo') return b.caption;
    // The pipes stand for the cell borders and are counted as printed; the separator line is not.
    if (b.kind === 'table') return b.rows.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
    const text = b.runs.map((r) => r.text).join('');
    return b.kind === 'subheading' && keepHeadingMarks ? `## ${text}` : text;
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
