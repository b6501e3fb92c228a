// The build report is printed in pieces (as check's JSON array is) that join into exactly what
// JSON.stringify(report, null, 2) prints, each piece ending a line; it parses against its shape.
import { diag } from '../../src/diagnostics/make';
import { BuildReportShape, buildReportText, type BuildIssueRecord } from '../../src/io/build-report';

const halfWidth = (file: string, n: number) =>
  Array.from({ length: n }, (_, i) => diag('JB301', file, { line: 10 + i, col: 3 }, { mark: ',', fullWidth: '，', context: 'x' }));

const records: BuildIssueRecord[] = [
  { file: 'a/2022-04.yaml', name: '2022-04', status: 'built', outputs: ['out/2022-04.pdf', 'out/2022-04.docx'] },
  { file: 'a/2022-05.yaml', name: '2022-05', status: 'failed', outputs: [] },
  { file: 'a/2022-06.yaml', name: '2022-06', status: 'not-started', outputs: [] },
];

test('thousands of diagnostics: pieces ending lines, one pretty-printed document, each in its issue', () => {
  const all = [
    ...halfWidth('a/2022-04.yaml', 2500),
    diag('JB101', 'a/2022-05.yaml', { line: 3, col: 1 }, {}),
    ...halfWidth('jianbao.config.yaml', 2),
  ];
  const pieces = [...buildReportText('out', 1, records, all, 'en')];
  for (const piece of pieces) expect(piece.endsWith('\n')).toBe(true);
  const text = pieces.join('');
  const report = BuildReportShape.parse(JSON.parse(text));
  expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
  expect(report.counts).toEqual({ total: 3, built: 1, upToDate: 0, failed: 1, notStarted: 1 });
  expect(report.issues.map((i) => [i.status, i.ok, i.diagnostics.length])).toEqual([
    ['built', true, 2500],
    ['failed', false, 1],
    ['not-started', false, 0],
  ]);
  expect(report.diagnostics.map((d) => d.file)).toEqual(['jianbao.config.yaml', 'jianbao.config.yaml']);
});

test('no issues and no diagnostics', () => {
  const text = [...buildReportText('out', 2, [], [], 'zh')].join('');
  expect(text).toBe(
    `${JSON.stringify({ out: 'out', exitCode: 2, counts: { total: 0, built: 0, upToDate: 0, failed: 0, notStarted: 0 }, issues: [], diagnostics: [] }, null, 2)}\n`,
  );
});
