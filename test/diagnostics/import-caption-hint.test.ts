// JB155 says what import does with a caption that comes without its photo: the YAML gets the
// caption as it stands, a paragraph of its own (the body format has no italic to put it in).
import { messageOf } from '../../src/diagnostics/messages';
import { importToTemp, SEED_004 } from '../import/round-trip-helpers';

const imported = importToTemp(SEED_004);
const caption = imported.diagnostics.find((d) => d.code === 'JB155')!;

describe('JB155 (a caption taken from an imported text)', () => {
  it('is written to the YAML as a line of its own, exactly as in the text', () => {
    const body = imported.data.articles.map((a) => a.body).join('\n');
    expect(body.split('\n')).toContain(String(caption.args.input));
  });

  it.each(['zh', 'en'] as const)('its hint (%s) says it is a plain paragraph, not an italic one', (lang) => {
    const { hint } = messageOf(caption, lang);
    expect(hint).not.toMatch(/斜体|italic/i);
    expect(hint).toMatch(lang === 'zh' ? /单独一段/ : /paragraph of its own/);
  });
});
