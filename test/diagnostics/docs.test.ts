import fs from 'node:fs';
import path from 'node:path';
import { CODES } from '../../src/diagnostics/codes';

const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'diagnostics.md'), 'utf8');

describe('docs/diagnostics.md', () => {
  it.each(Object.keys(CODES))('documents %s with its fix', (code) => {
    const section = doc.split(/^### /m).find((s) => s.startsWith(`${code} `));
    expect(section).toBeDefined();
    expect(section).toMatch(/Fix \/ 修正/);
    expect(section).toMatch(/Example:/);
  });

  it('documents the exit codes and the json shape', () => {
    expect(doc).toMatch(/\| `0` \|/);
    expect(doc).toMatch(/\| `2` \|/);
    expect(doc).toContain('`fixable`');
  });
});
