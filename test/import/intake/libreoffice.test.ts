// .odt/.doc/.rtf contributions through LibreOffice: real conversions where it is installed (CI
// installs it), and with a stand-in `soffice` the private profile and the time limit.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { convertToDocx, findSoffice } from '../../../src/import/intake/libreoffice';
import { runCli } from '../../helpers/run-cli';
import { firstArticle, firstMissingInOrder, hasSoffice, pdfTexts, tmp } from './intake-helpers';

const HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<h1 style="text-align:center">瓯海区科协举办科普讲座</h1>
<p>　　6月8日，瓯海区科协在区图书馆举办科普讲座。</p>
<p><b>一、讲座内容</b></p>
<p>　　讲座围绕防灾减灾展开，200余名居民参加。（瓯海区科协）</p>
</body></html>`;
const SOURCE =
  '瓯海区科协举办科普讲座 6月8日，瓯海区科协在区图书馆举办科普讲座。一、讲座内容 讲座围绕防灾减灾展开，200余名居民参加。（瓯海区科协）';

const withSoffice = hasSoffice ? describe : describe.skip;
const skipReason = hasSoffice ? '' : ' (skipped: LibreOffice soffice is not installed)';

withSoffice(`import of .odt/.doc/.rtf/.docx made by LibreOffice from HTML${skipReason}`, () => {
  const dir = tmp('lo');
  const exts = ['odt', 'doc', 'rtf', 'docx'];
  beforeAll(() => {
    const html = path.join(dir, '讲座.html');
    fs.writeFileSync(html, HTML);
    for (const ext of exts) {
      const profile = `file://${path.join(dir, `profile-${ext}`)}`;
      const target = { doc: 'doc:MS Word 97', rtf: 'rtf:Rich Text Format', odt: 'odt:writer8', docx: 'docx:MS Word 2007 XML' }[ext]!;
      spawnSync(
        'soffice',
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', target, '--outdir', path.join(dir, ext), html],
        { timeout: 120_000 },
      );
      fs.renameSync(path.join(dir, ext, `讲座.${ext}`), path.join(dir, `讲座-${ext}.${ext}`));
    }
  }, 360_000);

  it.each(exts)(
    '.%s: converted, the heading and source recognised, every character printed in order',
    async (ext) => {
      const file = path.join(dir, `讲座-${ext}.${ext}`);
      const run = await runCli(['import', file, '-o', path.join(dir, 'out')], { PATH: process.env.PATH });
      expect(run.code).toBe(0);
      const yamlPath = path.join(dir, 'out', `讲座-${ext}.yaml`);
      const a = firstArticle(yamlPath);
      expect(a.title).toBe('瓯海区科协举办科普讲座');
      expect(a.source).toBe('瓯海区科协');
      expect(a.body).toContain('## 一、讲座内容');
      const text = (await pdfTexts([yamlPath])).get(yamlPath)!;
      expect(firstMissingInOrder(SOURCE, text)).toBeNull();
    },
    180_000,
  );

  it.each(['doc', 'rtf'])(
    'a .%s saved under a .docx name is converted too',
    async (ext) => {
      const file = path.join(dir, `改名-${ext}.docx`);
      fs.copyFileSync(path.join(dir, `讲座-${ext}.${ext}`), file);
      const run = await runCli(['import', file, '-o', path.join(dir, 'renamed')], { PATH: process.env.PATH });
      expect(run.code).toBe(0);
      expect(firstArticle(path.join(dir, 'renamed', `改名-${ext}.yaml`)).title).toBe('瓯海区科协举办科普讲座');
    },
    120_000,
  );
});

const posix = process.platform !== 'win32';
(posix ? describe : describe.skip)(
  `LibreOffice runs in a private profile under a time limit${posix ? '' : ' (skipped: the stand-in soffice is a shell script)'}`,
  () => {
    it('passes a throw-away -env:UserInstallation profile, headless', async () => {
      const bin = tmp('fake-lo');
      const log = path.join(bin, 'args.txt');
      fs.writeFileSync(path.join(bin, 'soffice'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${log}"\nexit 3\n`, { mode: 0o755 });
      const doc = path.join(bin, 'a.doc');
      fs.writeFileSync(doc, 'x');
      expect(findSoffice({ PATH: bin }, 'linux')).toBe(path.join(bin, 'soffice'));
      const got = await convertToDocx(doc, { PATH: bin });
      expect(got.ok).toBe(false);
      if (!got.ok) expect(got.diagnostic.code).toBe('JB171');
      const args = fs.readFileSync(log, 'utf8').split('\n');
      const profile = args.find((a) => a.startsWith('-env:UserInstallation=file://'));
      expect(profile).toBeDefined();
      expect(args).toContain('--headless');
      // The profile was private and is gone.
      expect(fs.existsSync(new URL(profile!.slice('-env:UserInstallation='.length)))).toBe(false);
    });

    it('kills a converter that hangs, with what it started: JB171 naming the limit', async () => {
      const bin = tmp('slow-lo');
      const pidFile = path.join(bin, 'child.pid');
      // Like the real soffice: a wrapper that starts the worker process and waits for it.
      fs.writeFileSync(
        path.join(bin, 'soffice'),
        `#!/bin/sh\n"${process.execPath}" -e "setTimeout(() => {}, 600000)" &\necho $! > "${pidFile}"\nwait\n`,
        { mode: 0o755 },
      );
      const doc = path.join(bin, 'a.doc');
      fs.writeFileSync(doc, 'x');
      const got = await convertToDocx(doc, { PATH: bin }, 1);
      const worker = Number(fs.readFileSync(pidFile, 'utf8'));
      // A killed process whose parent is gone may linger as a zombie until reaped: that is dead.
      const alive = () => {
        try {
          process.kill(worker, 0);
        } catch {
          return false;
        }
        const stat = `/proc/${worker}/stat`;
        return !fs.existsSync(stat) || !/^\d+ \(.*\) Z/.test(fs.readFileSync(stat, 'utf8'));
      };
      for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 20));
      expect(alive()).toBe(false);
      expect(got.ok).toBe(false);
      if (!got.ok) {
        expect(got.diagnostic.code).toBe('JB171');
        expect(got.diagnostic.args.reason).toBe('no result within 1 s');
      }
    });
  },
);
