// The new editor's path end to end (issue #25): the real binary in a temp folder, in Chinese, no
// $EDITOR, the series config saved as GBK (as Notepad "ANSI" does): init → new → add (body pasted
// into a real terminal via tmux; piped without tmux) → template copy + use → check → build →
// watch one rebuild → index. Every step's exit code is asserted, and no output says 内部错误 or
// holds an English sentence.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gbk } from '../helpers/gbk';
import { tmuxTerminal } from '../helpers/tmux-terminal';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'jianbao');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;

const env: NodeJS.ProcessEnv = { ...process.env, JIANBAO_SERVER: '0', JIANBAO_LANG: 'zh', LANG: 'C.UTF-8' };
delete env.EDITOR;
delete env.VISUAL;
delete env.CI;

/** Four English words in a row: a sentence, not a path, flag or font name. */
const ENGLISH = /\b[A-Za-z]{2,} [a-z]{2,} [a-z]{2,} [a-z]{2,}\b/;
const outputs: string[] = [];

function run(dir: string, args: string[], input?: string): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, input: input ?? '', encoding: 'utf8', timeout: 60000 });
  const out = `${r.stdout}${r.stderr}`;
  outputs.push(`$ jianbao ${args.join(' ')}\n${out}`);
  return { code: r.status, out };
}

async function addInTerminal(dir: string, issue: string): Promise<number> {
  const t = tmuxTerminal(dir, `env -u CI -u EDITOR -u VISUAL ${process.execPath} ${BIN} add article ${issue}; echo "EXIT=$?"; sleep 30`, {
    width: 160,
    height: 40,
    scrollback: 100,
  });
  try {
    await t.waitFor(/文章标题/);
    t.type('市科协召开年度工作会议');
    t.keys('Enter');
    await t.waitFor(/来源署名/);
    t.type('市科协办公室');
    t.keys('Enter');
    await t.waitFor(/直接粘贴/);
    for (const line of ['2月20日，市科协召开年度工作会议。', '', '会议部署了全年工作。']) {
      if (line) t.type(line);
      t.keys('Enter');
    }
    t.keys('C-d');
    await t.waitFor(/EXIT=\d+/);
    const shown = t.screen();
    outputs.push(`$ jianbao add article ${issue} (tmux)\n${shown}`);
    return Number(/EXIT=(\d+)/.exec(shown)![1]);
  } finally {
    t.close();
  }
}

function watchOneRebuild(dir: string, issue: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    // `watch .`, as `build .`: the same output paths.
    const child = spawn(process.execPath, [BIN, 'watch', '.', '--to', 'docx'], { cwd: dir, env });
    let out = '';
    let edited = false;
    let stopped = false;
    const killer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`watch did not rebuild:\n${out}`));
    }, 60000);
    const onData = (c: Buffer) => {
      out += c.toString();
      const rebuilds = out.split('→').length - 1;
      if (rebuilds === 1 && !edited) {
        edited = true;
        const file = path.join(dir, issue);
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('会议部署了全年工作。', '会议部署了二〇二四年全年工作。'));
      }
      // Once: a second Ctrl+C, after watch has let go of the first, would kill it outright.
      if (rebuilds === 2 && !stopped) {
        stopped = true;
        child.kill('SIGINT');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      clearTimeout(killer);
      outputs.push(`$ jianbao watch .\n${out}`);
      resolve({ code, out });
    });
  });
}

test(`the new editor's path, in Chinese, on a GBK config${hasTmux ? '' : ' (body piped: tmux is not installed, so the terminal paste is not driven)'}`, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-path-'));

  expect(run(dir, ['init', '--yes', '--name', '测试简报', '--editor', '测试单位编', '--date', '2024-01-31']).code).toBe(0);
  // January's issue gets its article too: the first real article takes the example's place.
  const january = path.join('2024', '2024-01.yaml');
  expect(
    run(
      dir,
      ['add', 'article', january, '--title', '市科协举办迎新春科普活动', '--source', '市科协科普部'],
      '1月20日，市科协举办迎新春科普活动。\n',
    ).code,
  ).toBe(0);
  expect(fs.readFileSync(path.join(dir, january), 'utf8')).not.toContain('示例标题');
  // The editor opens the config in Notepad and saves it as "ANSI" (GBK).
  const config = path.join(dir, 'jianbao.config.yaml');
  fs.writeFileSync(config, gbk(fs.readFileSync(config, 'utf8')));

  expect(run(dir, ['new', '--yes', '--date', '2024-02-29']).code).toBe(0);
  const issue = path.join('2024', '2024-02.yaml');
  expect(fs.readFileSync(path.join(dir, issue), 'utf8')).toMatch(/^ {2}total: 2\b/m);

  const added = hasTmux
    ? await addInTerminal(dir, issue)
    : run(
        dir,
        ['add', 'article', issue, '--title', '市科协召开年度工作会议', '--source', '市科协办公室'],
        '2月20日，市科协召开年度工作会议。\n\n会议部署了全年工作。\n',
      ).code;
  expect(added).toBe(0);
  expect(fs.readFileSync(path.join(dir, issue), 'utf8')).toContain(
    '      2月20日，市科协召开年度工作会议。\n\n      会议部署了全年工作。\n',
  );
  expect(fs.readFileSync(path.join(dir, issue), 'utf8')).not.toContain('示例标题');

  const copy = run(dir, ['template', 'copy', 'kexie', 'templates/mine']);
  expect(copy.code).toBe(0);
  expect(copy.out).toContain('template: mine');
  // Use it as the hint says, in the (GBK) config: the line is ASCII, so its bytes are the same.
  fs.writeFileSync(
    config,
    Buffer.from(
      fs
        .readFileSync(config)
        .toString('latin1')
        .replace('template: "kexie"', 'template: "mine"')
        .replace('template: kexie', 'template: mine'),
      'latin1',
    ),
  );
  expect(fs.readFileSync(config).toString('latin1')).toMatch(/template: "?mine/);

  const check = run(dir, ['check', '.']);
  expect(check.code).toBe(0);
  expect(check.out).toContain('JB811');

  const build = run(dir, ['build', '.']);
  expect(build.code).toBe(0);
  expect(fs.existsSync(path.join(dir, 'out', '2024', '2024-02.pdf'))).toBe(true);
  expect(fs.existsSync(path.join(dir, 'out', '2024', '2024-02.docx'))).toBe(true);

  const watch = await watchOneRebuild(dir, issue);
  // Stopped by Ctrl+C, as build is: 130.
  expect(watch.code).toBe(130);
  expect(watch.out).toContain(path.join('out', '2024', '2024-02.docx'));

  expect(run(dir, ['index', '.', '--year', '2024']).code).toBe(0);
  expect(fs.readdirSync(path.join(dir, 'out')).some((f) => /2024/.test(f))).toBe(true);

  const all = outputs.join('\n');
  expect(all).not.toContain('内部错误');
  expect(all).not.toContain('JB900');
  const english = all.split('\n').filter((l) => ENGLISH.test(l) && !l.startsWith('$ '));
  expect(english).toEqual([]);
}, 240000);
