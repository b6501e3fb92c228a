// Trial 5, message details: JB604 is reported by `check` too, which never makes a PDF, so its
// words must fit both commands; JB004's U+000B is mostly Word's Shift+Enter, not only web text.
import { diag } from '../../src/diagnostics/make';
import { messageOf } from '../../src/diagnostics/messages';

describe('message details', () => {
  const glyph = diag(
    'JB604',
    'issue.yaml',
    { line: 1, col: 1 },
    { family: '仿宋', role: 'body', char: '😷', codepoint: 'U+1F637', article: '标题' },
  );

  it('JB604 does not say a PDF was not made (check makes none), in both languages', () => {
    expect(messageOf(glyph, 'zh').message).not.toContain('没有生成');
    expect(messageOf(glyph, 'zh').message).toContain('不能生成 PDF');
    expect(messageOf(glyph, 'en').message).not.toContain('no PDF was made');
  });

  it("JB004's hint names both origins: Word's Shift+Enter and text copied from a web page or PDF", () => {
    const vt = diag('JB004', 'issue.yaml', { line: 1, col: 1 }, { char: 'U+000B' });
    expect(messageOf(vt, 'zh').hint).toMatch(/Shift\+Enter.*网页或 PDF|网页或 PDF.*Shift\+Enter/);
    expect(messageOf(vt, 'en').hint).toMatch(/Shift\+Enter/);
  });
});
