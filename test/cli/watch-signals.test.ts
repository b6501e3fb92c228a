// `jianbao watch` stopped by a signal, as a real process: Ctrl+C (SIGINT) exits 130 and a service
// manager's or `timeout`'s SIGTERM 143, as build does; a build in progress finishes or writes
// nothing, so no temporary file and no half-written output is left.
import fs from 'node:fs';
import path from 'node:path';
import { featurePageArchive } from '../helpers/feature-archive';
import { readDocx } from '../helpers/docx-read';
import { spawnCli } from '../helpers/spawn-cli';

jest.setTimeout(90_000);

test.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)('%s during the first builds of a folder: exit %i, only whole outputs', async (signal, expected) => {
  const dir = featurePageArchive('jb-watch-signal-');
  const cli = spawnCli(['watch', '.', '-o', 'out', '--to', 'docx'], dir, { JIANBAO_LANG: 'en' });
  // Sent while the next issue is being built.
  await cli.waitFor(/^f1 → /m);
  cli.child.kill(signal);
  expect(await cli.exited).toBe(expected);
  const written = fs.readdirSync(path.join(dir, 'out'));
  expect(written.filter((f) => !/^f\d\.docx$/.test(f))).toEqual([]);
  for (const f of written) expect(readDocx(fs.readFileSync(path.join(dir, 'out', f))).paragraphs.join('')).toContain('宁波');
});
