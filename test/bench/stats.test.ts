// The benchmark's arithmetic (bench/stats.js): medians, the table's verdicts, and the targets
// scaled by how much slower than the reference machine the peers ran.

interface Stats {
  median: number;
  min: number;
  max: number;
  n: number;
}
interface Row {
  name: string;
  stats?: Stats;
  rss?: number;
  target?: string;
  targetSeconds?: number;
  skipped?: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const stats = require('../../bench/stats') as {
  summarise(samples: number[]): Stats;
  table(rows: Row[]): string;
  seconds(s: number): string;
  scaledTargets(rows: Row[], peers: Row[]): string | null;
};

const row = (name: string, samples: number[], extra: Partial<Row> = {}): Row => ({ name, stats: stats.summarise(samples), ...extra });

describe('summarise', () => {
  it('takes the middle sample of an odd count, whatever the order', () => {
    expect(stats.summarise([0.9, 0.1, 0.5, 0.3, 0.7])).toEqual({ median: 0.5, min: 0.1, max: 0.9, n: 5 });
  });

  it('averages the two middle samples of an even count', () => {
    expect(stats.summarise([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('does not reorder the samples it is given', () => {
    const samples = [3, 1, 2];
    stats.summarise(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('table', () => {
  const lines = (rows: Row[]) => stats.table(rows).split('\n').slice(2);

  it('says yes or no by the median, not by the best or worst run', () => {
    const [met, missed] = lines([
      row('fast', [0.3, 0.36, 0.34], { target: '≤ 0.35 s', targetSeconds: 0.35 }),
      row('slow', [0.3, 0.36, 0.37], { target: '≤ 0.35 s', targetSeconds: 0.35 }),
    ]);
    expect(met).toBe('| fast | 0.340 s | 0.300 s | 0.360 s | 3 | — | ≤ 0.35 s | yes |');
    expect(missed).toMatch(/\| slow \| 0\.360 s .* \| ≤ 0\.35 s \| no \|$/);
  });

  it('leaves the verdict empty without a target, and names why a row was skipped', () => {
    const [plain, skipped] = lines([
      row('plain', [12.34], { rss: 200 * 1048576 }),
      { name: 'peer', skipped: 'not installed', target: '≤ 1 s' },
    ]);
    expect(plain).toBe('| plain | 12.3 s | 12.3 s | 12.3 s | 1 | 200 MB |  |  |');
    expect(skipped).toBe('| peer | — | — | — | — | — | ≤ 1 s | skipped: not installed |');
  });
});

describe('scaledTargets', () => {
  const typst = (s: number) => row('peer: Typst compile (typst command)', [s]);
  const office = (s: number) => row('peer: LibreOffice DOCX → PDF (soffice --headless)', [s]);
  const pdf = row('fresh PDF', [0.6], { target: '≤ 0.35 s', targetSeconds: 0.35 });

  it('needs both peers: one alone says nothing about the machine', () => {
    expect(stats.scaledTargets([pdf], [typst(0.34)])).toBeNull();
    expect(
      stats.scaledTargets([pdf], [typst(0.34), { name: 'peer: LibreOffice DOCX → PDF', skipped: 'soffice not installed' }]),
    ).toBeNull();
  });

  it('scales by the smaller of the two slow-downs', () => {
    // Typst ×2.00, LibreOffice ×1.50: 0.35 s × 1.5 = 0.525 s, which 0.6 s misses.
    const text = stats.scaledTargets([pdf], [typst(0.34), office(1.5)])!;
    expect(text).toContain('×1.50:');
    expect(text).toContain('- fresh PDF: 0.600 s against 0.525 s (≤ 0.35 s × 1.50): not met');
  });

  it('judges only the rows that have a target and ran', () => {
    const text = stats.scaledTargets(
      [pdf, row('untargeted', [9]), { name: 'skipped', skipped: 'no', targetSeconds: 1 }],
      [typst(0.34), office(2.5)],
    )!;
    expect(text).toContain('- fresh PDF: 0.600 s against 0.700 s (≤ 0.35 s × 2.00): met');
    expect(text).not.toContain('untargeted');
    expect(text).not.toMatch(/^- skipped/m);
  });
});
