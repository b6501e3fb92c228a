// On the text grid a Western character standing alone between ideographs (& @ % ™, a Greek or
// Cyrillic letter) is narrow text, whatever its glyph's width: Noto's & (0.78 em) and @ (0.91 em)
// were given a whole cell with the rest of it blank after the glyph, which copied as a space
// ("和&amp;实体" read "和& amp;实体"). A full-width glyph (× ÷ ± at 1 em) still fills its cell.
import { buildArticles } from '../../helpers/body-build';

const BODIES = [
  '研究和&amp;实体，以及&lt;标签&gt;和R&D、AT&T。',
  '关注@温州科协公众号，转发@好友。',
  '增长约%与™商标，α粒子和Ω值，Жж字母。',
  '面积×2÷3±1的结果。',
];

for (const template of ['kexie', 'plain']) {
  test(`${template}: Western characters between ideographs copy as typed, no space added`, async () => {
    const built = await buildArticles(
      BODIES.map((body, i) => ({ title: `标题${i + 1}`, body })),
      template,
    );
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lines = built.pdfLines.map((l) => l.text);
    for (const body of BODIES) expect(lines.find((l) => l.startsWith(body.slice(0, 2)))).toBe(body);
  });
}
