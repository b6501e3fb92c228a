// A body pasted into a real terminal (tmux's paste-buffer, as a terminal pastes: line ends as CR)
// the way text comes from Word or a web page: runs of blank lines, a paragraph longer than a
// terminal line, a line that would be a shell command. All of it is saved, the count is told
// before writing, and nothing is left over for the shell once jianbao exits.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tmux as tmuxTool, testWith } from '../helpers/tools';
import { tmuxTerminal } from '../helpers/tmux-terminal';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'jianbao');
const SAMPLES = path.join(ROOT, 'samples');

// 1500 characters, 4500 bytes: more than a cooked terminal keeps of one line (1024 / 4096 bytes).
const LONG = '会议强调要把科普工作放在与科技创新同等重要的位置。'.repeat(60);
const PASTE = ['第一段。', '', '', '第二段在两个空行之后。', '', '', '', LONG, '', 'echo 泄漏 > leaked.txt', ''].join('\n');

testWith(
  tmuxTool(),
  'a paste with blank lines in a row, a 4500-byte paragraph and a shell-like line is taken whole, up to Ctrl-D',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-paste-tty-'));
    fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
    fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), path.join(dir, 'issue.yaml'));
    // After jianbao, whatever is still waiting in the terminal is read back and shown as LEFT=[…].
    const after = `echo "EXIT=$?"; IFS= read -r -t 2 left; echo "LEFT=[$left]"; sleep 30`;
    const t = tmuxTerminal(dir, `bash -c 'env -u CI -u EDITOR -u VISUAL ${process.execPath} ${BIN} add article issue.yaml; ${after}'`, {
      height: 50,
      scrollback: 200,
    });
    try {
      await t.waitFor(/文章标题/);
      t.type('市科协召开科普工作会议');
      t.keys('Enter');
      await t.waitFor(/来源署名/);
      t.keys('Enter');
      await t.waitFor(/直接粘贴/);
      const buffer = path.join(dir, 'paste.txt');
      fs.writeFileSync(buffer, PASTE);
      t.paste(buffer);
      await t.waitFor(/leaked\.txt/);
      t.keys('C-d');
      await t.waitFor(/LEFT=\[/);
      const shown = t.screen();
      expect(shown).toContain('EXIT=0');
      expect(shown).toContain('LEFT=[]');
      expect(shown).toContain(`将添加正文 4 段、${4 + 11 + 1500 + 17} 字`);
      expect(fs.existsSync(path.join(dir, 'leaked.txt'))).toBe(false);
      const text = fs.readFileSync(path.join(dir, 'issue.yaml'), 'utf8');
      expect(text).toContain(`      第一段。\n\n\n      第二段在两个空行之后。\n\n\n\n      ${LONG}\n\n      echo 泄漏 > leaked.txt\n`);
    } finally {
      t.close();
    }
  },
  60000,
);
