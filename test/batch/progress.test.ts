// Progress: a redrawn bar with count, rate and ETA on a terminal; one plain line per issue
// elsewhere. The clock is passed in, so rate and ETA are exact here.
import { Progress } from '../../src/batch/progress';

test('plain lines: one per issue with its status', () => {
  const lines: string[] = [];
  const p = new Progress({ line: (t) => lines.push(t) }, 'en', 12);
  p.issue('2003/2003-01', 'built', 420);
  p.issue('2003/2003-02', 'skipped');
  p.issue('2003/2003-03', 'failed', 10);
  expect(lines).toEqual([
    '[ 1/12] built 2003/2003-01 (0.42 s)',
    '[ 2/12] skipped (unchanged) 2003/2003-02',
    '[ 3/12] FAILED 2003/2003-03 (0.01 s)',
  ]);
});

test('on a terminal: a bar redrawn in place with count, rate and ETA, cleared at the end', () => {
  let t = 0;
  const writes: string[] = [];
  const p = new Progress(
    {
      line: () => {
        throw new Error('no plain lines on a terminal');
      },
      tty: { write: (s) => writes.push(s), columns: 80 },
    },
    'zh',
    10,
    () => t,
  );
  t = 2000;
  p.issue('a', 'built');
  t = 4000;
  p.issue('b', 'built');
  // eslint-disable-next-line no-control-regex -- the terminal escapes and controls are what this looks for
  expect(writes[1]).toMatch(/^\r\[#{8}-{32}\] 2\/10 {2}0\.5\/s {2}ETA 0:16\x1b\[K$/);
  p.finish();
  expect(writes[2]).toBe('\r\x1b[K');
});

test('an issue the ledger stopped: counted, and named with its reason, on a terminal too', () => {
  const lines: string[] = [];
  const writes: string[] = [];
  const p = new Progress({ line: (s) => lines.push(s), tty: { write: (s) => writes.push(s), columns: 80 } }, 'zh', 3, () => 0);
  p.stopped('2022/2022-06', '总期号应为 271（JB250）');
  expect(lines).toEqual(['[1/3] 未生成 2022/2022-06：总期号应为 271（JB250）']);
  // The bar is cleared before the line and drawn again after it, counting the stopped issue.
  expect(writes[0]).toBe('\r\x1b[K');
  expect(writes[1]).toContain(' 1/3 ');
});
