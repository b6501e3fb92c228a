// The text of a new issue file: the schema line for editors' YAML tooling, the numbers, and one
// placeholder article that shows the shape to fill in. The file is valid YAML at once; `check` and
// `build` name each placeholder left in it as an error (JB331) until it is replaced.
import { scalarText } from '../editor/yaml-scalar';
import { PLACEHOLDER } from '../schema/placeholders';
import { schemaLine } from '../schema/schema-line';

export interface SkeletonInput {
  file: string;
  number?: number;
  total?: number;
  date: string;
  /** Written into the issue only when no series config provides them. */
  publication?: { name: string; editor: string };
  template?: string;
}

export function issueSkeleton(s: SkeletonInput): string {
  const [y, m, d] = s.date.split('-').map(Number);
  const lines = [
    schemaLine(s.file),
    `# ${y} 年 ${m} 月 ${d} 日${s.number ? `，第 ${s.number} 期` : ''}。由 jianbao 生成：替换示例文章，用 jianbao add article 添加更多。`,
  ];
  if (s.publication) {
    lines.push('publication:', `  name: ${scalarText(s.publication.name)}`, `  editor: ${scalarText(s.publication.editor)}`);
  }
  if (s.template) lines.push(`template: ${scalarText(s.template)}`);
  lines.push('issue:');
  // The comments line up in one column, as in the samples.
  const commented = (field: string, comment: string) => `  ${field}`.padEnd(20) + ` # ${comment}`;
  if (s.number !== undefined) lines.push(commented(`number: ${s.number}`, `第 ${s.number} 期，每年从 1 开始`));
  if (s.total !== undefined) lines.push(commented(`total: ${s.total}`, `总第 ${s.total} 期`));
  lines.push(`  date: "${s.date}"`);
  lines.push(
    'articles:',
    `  - title: ${PLACEHOLDER.title}`,
    `    source: ${PLACEHOLDER.source}`,
    '    body: |',
    ...PLACEHOLDER.body.flatMap((line, i) => (i > 0 ? ['', `      ${line}`] : [`      ${line}`])),
    '',
  );
  return lines.join('\n');
}
