// `jianbao init` in a real terminal (tmux): Ctrl+C at the last question is a normal exit (130,
// one line, no 内部错误) and leaves the folder empty; a second run asks again and can finish.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tmux as tmuxTool, testWith } from '../helpers/tools';
import { tmuxTerminal } from '../helpers/tmux-terminal';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'jianbao');
const tmux = tmuxTool();

function terminal(dir: string, command: string) {
  const t = tmuxTerminal(dir, `env -u CI ${process.execPath} ${BIN} ${command}; echo "EXIT=$?"; sleep 30`);
  return { ...t, waitFor: (re: RegExp) => t.waitFor(re, 15000) };
}

testWith(tmux, 'Ctrl+C at the last init question (real terminal, tmux): exit 130, one line, nothing written', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-init-tty-'));
  const t = terminal(dir, 'init');
  try {
    await t.waitFor(/刊名/);
    t.keys('测试简报', 'Enter');
    await t.waitFor(/编印单位/);
    t.keys('测试单位编', 'Enter');
    await t.waitFor(/出版日期/);
    t.keys('Enter');
    await t.waitFor(/期号（第几期/);
    t.keys('Enter');
    await t.waitFor(/总期号/);
    t.keys('C-c');
    await t.waitFor(/EXIT=\d+/);
    const screen = t.screen();
    expect(screen).toContain('EXIT=130');
    expect(screen).toContain('已取消，未写入任何文件。');
    expect(screen).not.toContain('内部错误');
    expect(screen).not.toContain('JB900');
    expect(fs.readdirSync(dir)).toEqual([]);
  } finally {
    t.close();
  }
});

testWith(tmux, 'init in a real terminal (tmux): Enter on the proposals writes 第 1 期, 总第 1 期', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-init-tty-'));
  const t = terminal(dir, 'init --date 2024-02-29');
  try {
    await t.waitFor(/刊名/);
    t.keys('测试简报', 'Enter');
    await t.waitFor(/编印单位/);
    t.keys('测试单位编', 'Enter');
    await t.waitFor(/期号（第几期/);
    t.keys('Enter');
    await t.waitFor(/总期号/);
    t.keys('Enter');
    await t.waitFor(/EXIT=\d+/);
    expect(t.screen()).toContain('EXIT=0');
    const text = fs.readFileSync(path.join(dir, '2024', '2024-02.yaml'), 'utf8');
    expect(text).toMatch(/^ {2}number: 1\b/m);
    expect(text).toMatch(/^ {2}total: 1\b/m);
  } finally {
    t.close();
  }
});
