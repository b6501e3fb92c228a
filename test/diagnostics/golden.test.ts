// Every broken fixture's diagnostics equal its golden file (regenerate with `npm run golden`).
import fs from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { JsonReportShape } from '../../src/diagnostics/json-shape';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cases, runCase } = require('../../scripts/golden-cases') as {
  cases(root: string): Array<{ name: string; args: string[]; golden: string }>;
  runCase(m: typeof main, c: { args: string[] }): Promise<{ exitCode: number; diagnostics: unknown[] }>;
};

const ROOT = path.join(__dirname, '..', '..');
const all = cases(ROOT);

beforeAll(() => process.chdir(ROOT));

describe('golden diagnostics of test/fixtures/broken', () => {
  it('covers at least 25 distinct problems across syntax, schema, encoding, lint and series', () => {
    const codes = new Set(
      all.flatMap((c) => (JSON.parse(fs.readFileSync(c.golden, 'utf8')).diagnostics as Array<{ code: string }>).map((d) => d.code)),
    );
    expect(codes.size).toBeGreaterThanOrEqual(25);
    for (const range of [/^JB1/, /^JB2[0-4]/, /^JB00/, /^JB3/, /^JB25/]) expect([...codes].some((c) => range.test(c))).toBe(true);
  });

  it.each(all.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const result = await runCase(main, c);
    expect(JsonReportShape.safeParse(result.diagnostics).success).toBe(true);
    expect(result).toEqual(JSON.parse(fs.readFileSync(c.golden, 'utf8')));
  });
});
