// Issue #26 item 4: the config search stops at home, a repository root or a .jianbao-root
// folder, and ignores (JB272/JB273) a config another user owns or could have written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONFIG_FILE_NAME, SERIES_ROOT_MARKER, searchConfig } from '../../src/config/find-config';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const me = process.getuid?.();
const posix = me !== undefined;
const asRoot = me === 0;
const p = posix ? test : test.skip;
const r = asRoot ? test : test.skip;

/** parent/jianbao.config.yaml and parent/child/issue.yaml */
function tree(): { parent: string; child: string; issue: string; config: string } {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-trust-'));
  const child = path.join(parent, 'child');
  fs.mkdirSync(child);
  const config = path.join(parent, CONFIG_FILE_NAME);
  fs.copyFileSync(path.join(SAMPLES, CONFIG_FILE_NAME), config);
  const issue = path.join(child, 'issue.yaml');
  fs.writeFileSync(issue, 'issue: {}\n');
  return { parent, child, issue, config };
}

describe('config search', () => {
  p('finds a trusted config in a parent folder [posix]', () => {
    const { issue, config } = tree();
    expect(searchConfig(issue, { uid: me, home: '/nonexistent' })).toEqual({ file: config, warnings: [] });
  });

  p('stops at a repository root (.git), a .jianbao-root folder and the home folder [posix]', () => {
    for (const stop of ['.git', SERIES_ROOT_MARKER]) {
      const { child, issue } = tree();
      fs.mkdirSync(path.join(child, stop));
      expect(searchConfig(issue, { uid: me, home: '/nonexistent' }).file).toBeNull();
    }
    const { child, issue } = tree();
    expect(searchConfig(issue, { uid: me, home: child }).file).toBeNull();
  });

  p('ignores a config owned by another user with JB272 [posix]', () => {
    const { issue, config } = tree();
    // Root-owned configs are trusted (root could change anything anyway): as root, give it away.
    if (asRoot) fs.chownSync(config, 4242, 4242);
    const found = searchConfig(issue, { uid: asRoot ? 0 : (me ?? 0) + 4242, home: '/nonexistent' });
    expect(found.file).toBeNull();
    expect(found.warnings.map((d) => [d.code, d.file])).toEqual([['JB272', config]]);
  });

  p('ignores a config that others can write, or in a folder others can write, with JB273 [posix]', () => {
    const a = tree();
    fs.chmodSync(a.config, 0o666);
    expect(searchConfig(a.issue, { uid: me, home: '/nonexistent' }).warnings.map((d) => d.code)).toEqual(['JB273']);
    const b = tree();
    fs.chmodSync(b.parent, 0o777);
    expect(searchConfig(b.issue, { uid: me, home: '/nonexistent' }).warnings.map((d) => d.code)).toEqual(['JB273']);
    fs.chmodSync(b.parent, 0o1777); // sticky like /tmp: others cannot replace our file
    expect(searchConfig(b.issue, { uid: me, home: '/nonexistent' }).warnings).toEqual([]);
  });

  r('check warns JB272 and applies nothing from a config chowned to another user [root: chown]', async () => {
    const { issue, config } = tree();
    fs.writeFileSync(config, 'publication:\n  name: 攻击者的刊名\n  editor: 攻击者\n');
    fs.chownSync(config, 4242, 4242);
    const run = await runCli(['check', issue]);
    expect(run.stderr).toContain('JB272');
    expect(run.stderr).not.toContain('攻击者的刊名');
    expect(run.code).toBe(1); // publication.name is now missing: the planted one was not used
  });
});
