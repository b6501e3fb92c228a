// A folder of four copies of the feature-page sample (no 期号 chain to break) with its images:
// enough issues that a signal sent after the first is finished lands while another is built.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

export function featurePageArchive(prefix: string): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  for (const n of [1, 2, 3, 4]) fs.copyFileSync(path.join(SAMPLES, 'feature-page-2021-06.yaml'), path.join(dir, `f${n}.yaml`));
  fs.cpSync(path.join(SAMPLES, 'images'), path.join(dir, 'images'), { recursive: true });
  return dir;
}
