// Issue #26 item 1: on a full disk every writer fails with JB703 and leaves the old file whole.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../src/output/write-atomic';
import { runCli } from '../helpers/run-cli';
import { fillUntil, mountSmall, TMPFS, TMPFS_REASON } from './tmpfs';

const t = TMPFS ? test : test.skip;
const sample = path.join(__dirname, '..', '..', 'samples', 'wenzhou-kexie-2022-04.yaml');
jest.setTimeout(60_000);

describe(`disk full (${TMPFS ? 'tmpfs' : `skipped: ${TMPFS_REASON}`})`, () => {
  t(`writeFileAtomic throws ENOSPC and keeps the old file when the disk fills mid-write [${TMPFS_REASON}]`, () => {
    const fsys = mountSmall(100);
    try {
      const target = path.join(fsys.dir, 'out.bin');
      fs.writeFileSync(target, 'old good contents');
      fillUntil(fsys.dir, 12 * 1024);
      expect(() => writeFileAtomic(target, Buffer.alloc(40 * 1024, 7))).toThrow(/ENOSPC/);
      expect(fs.readFileSync(target, 'utf8')).toBe('old good contents');
      expect(fs.readdirSync(fsys.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    } finally {
      fsys.unmount();
    }
  });

  t(`add on a full disk exits 1 with JB703 and the issue keeps every byte [${TMPFS_REASON}]`, async () => {
    const fsys = mountSmall(100);
    try {
      const issue = path.join(fsys.dir, 'issue.yaml');
      fs.copyFileSync(sample, issue);
      const before = fs.readFileSync(issue);
      fillUntil(fsys.dir, 12 * 1024);
      const run = await runCli(['add', 'brief', issue, '--date', '4月7日', '--text', '市科协举办科普讲座', '--yes']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('JB703');
      expect(fs.readFileSync(issue).equals(before)).toBe(true);
    } finally {
      fsys.unmount();
    }
  });

  t(`build on a full disk exits 1 with JB703, keeps the old PDF and the batch cache does not record it [${TMPFS_REASON}]`, async () => {
    const fsys = mountSmall(400);
    try {
      const src = path.join(fsys.dir, 'src');
      fs.mkdirSync(src);
      fs.copyFileSync(sample, path.join(src, 'a.yaml'));
      fs.copyFileSync(path.join(path.dirname(sample), 'jianbao.config.yaml'), path.join(src, 'jianbao.config.yaml'));
      fs.cpSync(path.join(path.dirname(sample), 'images'), path.join(src, 'images'), { recursive: true });
      const out = path.join(fsys.dir, 'out');
      fs.mkdirSync(out);
      const old = path.join(out, 'a.pdf');
      fs.writeFileSync(old, 'previous pdf');
      fillUntil(fsys.dir, 12 * 1024);
      const run = await runCli(['build', src, '-o', out, '--to', 'pdf'], { JIANBAO_SERVER: '0' });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('JB703');
      expect(fs.readFileSync(old, 'utf8')).toBe('previous pdf');
      const cacheFile = fs.readdirSync(out).find((n) => n.endsWith('.json'));
      if (cacheFile) expect(fs.readFileSync(path.join(out, cacheFile), 'utf8')).not.toContain('a.pdf');
    } finally {
      fsys.unmount();
    }
  });

  t(`check --fix on a full disk exits 1 with JB703 and the issue keeps every byte [${TMPFS_REASON}]`, async () => {
    const fsys = mountSmall(100);
    try {
      const issue = path.join(fsys.dir, 'issue.yaml');
      fs.copyFileSync(path.join(path.dirname(sample), 'feature-page-2021-06.yaml'), issue);
      fs.copyFileSync(path.join(path.dirname(sample), 'jianbao.config.yaml'), path.join(fsys.dir, 'jianbao.config.yaml'));
      const before = fs.readFileSync(issue);
      fillUntil(fsys.dir, 4 * 1024);
      const run = await runCli(['check', '--fix', issue]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('JB703');
      expect(fs.readFileSync(issue).equals(before)).toBe(true);
    } finally {
      fsys.unmount();
    }
  });

  t(`template copy on a full disk exits 1 with JB703 and leaves no half template [${TMPFS_REASON}]`, async () => {
    const fsys = mountSmall(100);
    try {
      fillUntil(fsys.dir, 8 * 1024);
      const target = path.join(fsys.dir, 'templates', 'mine');
      const run = await runCli(['template', 'copy', 'kexie', target]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('JB703');
      expect(fs.existsSync(target)).toBe(false);
    } finally {
      fsys.unmount();
    }
  });
});
