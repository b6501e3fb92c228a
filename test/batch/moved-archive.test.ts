// The incremental cache survives moving or renaming the archive folder: what it records of the
// archive (config, template, images, outputs) is relative to the output folder, content-keyed.
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';
import { CACHE_FILE_NAME } from '../../src/batch/cache';
import { archive, summaryOf } from './helpers';

test('mv 档案 档案2 && build .: every issue skipped; an edit after the move is still seen', async () => {
  const { dir } = archive(3);
  const first = await runCli(['build', dir, '--to', 'docx', '--jobs', '1'], {}, 'en');
  expect(summaryOf(first.stdout)).toEqual({ total: 3, built: 3, skipped: 0, failed: 0 });
  const manifest = fs.readFileSync(path.join(dir, 'out', CACHE_FILE_NAME), 'utf8');
  expect(manifest).not.toContain(JSON.stringify(dir).slice(1, -1));

  const moved = path.join(path.dirname(dir), '档案2');
  fs.renameSync(dir, moved);
  const again = await runCli(['build', moved, '--to', 'docx', '--jobs', '1'], {}, 'en');
  expect(summaryOf(again.stdout)).toEqual({ total: 3, built: 0, skipped: 3, failed: 0 });

  // The config is still a dependency after the move: changing it rebuilds every issue.
  fs.appendFileSync(path.join(moved, 'jianbao.config.yaml'), '\n# 改了\n');
  const edited = await runCli(['build', moved, '--to', 'docx', '--jobs', '1'], {}, 'en');
  expect(summaryOf(edited.stdout)).toEqual({ total: 3, built: 3, skipped: 0, failed: 0 });
});
