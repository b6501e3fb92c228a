// A system's or a check's reason in a message is said in the reader's language; Chinese never
// shows the English original (it points to --lang en), English keeps it.
import { diag } from '../../src/diagnostics/make';
import { messageOf } from '../../src/diagnostics/messages';
import { reasonWords } from '../../src/i18n/reasons';

describe('reasonWords', () => {
  it.each([
    ['EEXIST', '同名的文件或文件夹已经存在（EEXIST）', 'a file or folder of that name already exists (EEXIST)'],
    ['ENOTDIR', '路径中有一段是文件，不是文件夹（ENOTDIR）', 'a part of the path is a file, not a folder (ENOTDIR)'],
    ["EACCES: permission denied, open '/x/a.pdf'", '没有权限（EACCES）', "EACCES: permission denied, open '/x/a.pdf'"],
    ['not found', '文件不存在', 'not found'],
    ['not a TrueType or OpenType font', '不是 TrueType 或 OpenType 字体', 'not a TrueType or OpenType font'],
    [
      'face 2: cut off inside its table directory',
      '其中第 2 个字体：文件在字体表目录中间断了（不完整）',
      'face 2: cut off inside its table directory',
    ],
    ['type gif', '这是 GIF 格式的图片', 'type gif'],
    ['0×0 pixels', '尺寸为 0×0 像素', '0×0 pixels'],
    [
      'does not decode: Error: incorrect header check',
      '图片数据无法解码（文件可能已损坏或不完整）',
      'does not decode: Error: incorrect header check',
    ],
    ['missing 甲 乙; extra -', '比原文少了 甲 乙；多了 -', 'missing 甲 乙; extra -'],
    ['xdg-open: spawn xdg-open ENOENT', '无法运行 xdg-open：文件或文件夹不存在（ENOENT）', 'xdg-open: spawn xdg-open ENOENT'],
    ['Some new library sentence', '未能译成中文，加 --lang en 可看到原文', 'Some new library sentence'],
  ])('%s', (reason, zh, en) => {
    expect(reasonWords('zh', reason)).toBe(zh);
    expect(reasonWords('en', reason)).toBe(en);
  });
});

describe('in messages', () => {
  it('JB701 with the system code EEXIST: Chinese words, the code kept', () => {
    const d = diag('JB701', 'out/a.pdf', null, { path: 'out/a.pdf', reason: 'EEXIST' });
    expect(messageOf(d, 'zh').message).toBe('无法写入 out/a.pdf：同名的文件或文件夹已经存在（EEXIST）');
    expect(messageOf(d, 'en').message).toBe('cannot write out/a.pdf: a file or folder of that name already exists (EEXIST)');
  });

  it('a reason the user typed is not touched (JB312: the --encoding given)', () => {
    const d = diag('JB312', 'a.yaml', null, { reason: '--encoding gb18030' });
    expect(messageOf(d, 'zh').message).toContain('--encoding gb18030');
  });
});
