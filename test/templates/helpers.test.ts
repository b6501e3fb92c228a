// The helpers templates call, through a real template environment (so argument passing and
// escaping are what a template author gets).
import { COMPILE_OPTIONS, createEnvironment } from '../../src/templates/handlebars-env';

const fill = (source: string, data: object = {}) => createEnvironment().compile(source, COMPILE_OPTIONS)(data);

describe('template helpers', () => {
  it('cnDate in both styles', () => {
    expect(fill('{{cnDate d}}', { d: '2022-04-30' })).toBe('2022年4月30日');
    expect(fill('{{cnDate d style="hanzi"}}', { d: '2022-04-30' })).toBe('二〇二二年四月三十日');
    expect(fill('{{cnDate d style="hanzi"}}', { d: '2020-10-01' })).toBe('二〇二〇年十月一日');
  });

  it('cnNumber', () => {
    expect(['4', '10', '12', '20', '105', '269', '1000'].map((n) => fill('{{cnNumber n}}', { n: Number(n) }))).toEqual(['四', '十', '十二', '二十', '一百零五', '二百六十九', '一千']);
  });

  it('spaced, with a chosen gap', () => {
    expect(fill('{{spaced "本期要目"}}')).toBe('本 期 要 目');
    expect(fill('{{spaced "简讯" gap="　"}}')).toBe('简　讯');
  });

  it('join, escaped like any other text', () => {
    expect(fill('{{join xs}}', { xs: ['报', '送', null, '发'] })).toBe('报、送、发');
    expect(fill('{{join xs "；"}}', { xs: ['A&B', '<x>'] })).toBe('A&amp;B；&lt;x&gt;');
  });

  it('eq', () => {
    expect(fill('{{#if (eq n 1)}}first{{else}}other{{/if}}', { n: 1 })).toBe('first');
  });
});
