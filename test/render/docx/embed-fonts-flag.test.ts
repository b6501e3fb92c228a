// `jianbao build --embed-fonts`: the flag reaches the DOCX renderer; without it nothing is embedded.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { readDocx } from '../../helpers/docx-read';

const sample = path.join(__dirname, '..', '..', '..', 'samples', 'feature-page-2021-06.yaml');

test('build --to docx --embed-fonts embeds subsets, and build without it does not', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jianbao-embed-'));
  const out: string[] = [];
  const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), env: {}, lang: 'en' as const };
  try {
    expect(await main(['build', sample, '--to', 'docx', '--embed-fonts', '-o', path.join(dir, 'with')], io)).toBe(0);
    expect(await main(['build', sample, '--to', 'docx', '-o', path.join(dir, 'without')], io)).toBe(0);
    const withFonts = readFileSync(path.join(dir, 'with', 'feature-page-2021-06.docx'));
    const without = readFileSync(path.join(dir, 'without', 'feature-page-2021-06.docx'));
    expect(readDocx(withFonts).names.filter((n) => n.endsWith('.odttf')).length).toBeGreaterThanOrEqual(2);
    expect(readDocx(without).names.filter((n) => n.endsWith('.odttf'))).toEqual([]);
    console.log(`feature-page DOCX: ${without.length} bytes without fonts, ${withFonts.length} with --embed-fonts`);
    expect(withFonts.length).toBeLessThan(500_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
