// JB316: an attribution typed at the end of the body (or 简讯 text) as well as in `source:` prints
// twice — （市科协办公室）（市科协办公室）. Warned; `check --fix` removes the typed one only when it is
// exactly the source, and never touches anything else.
import fs from 'node:fs';
import { main } from '../../src/cli/main';
import { messageOf } from '../../src/diagnostics/messages';
import { captureIO } from './capture-io';
import { charAt, codes, lintYaml } from './lint-helper';

const ISSUE = 'issue: { number: 4, total: 269, date: "2022-04-30" }\n';
const articleWith = (source: string, body: string) =>
  `${ISSUE}articles:\n  - title: 标题\n    source: ${source}\n    body: |\n      ${body.split('\n').join('\n      ')}\n`;

describe('JB316 the source typed at the end of the body as well', () => {
  it('a last line （市科协办公室） with source 市科协办公室: warned at that line, with a fix', () => {
    const { diagnostics, text } = lintYaml(articleWith('市科协办公室', '会议部署了全年工作。\n\n（市科协办公室）'));
    const [d] = diagnostics.filter((x) => x.code === 'JB316');
    expect(d).toBeDefined();
    expect(d.severity).toBe('warning');
    expect(charAt(text, d)).toBe('（');
    expect(d.fixes).toEqual([{ offset: text.lastIndexOf('（市科协办公室）'), length: '（市科协办公室）'.length, text: '' }]);
    const zh = messageOf(d, 'zh');
    expect(zh.message).toContain('（市科协办公室）');
    expect(zh.message).toContain('两次');
    expect(zh.hint).toContain('--fix');
    expect(messageOf(d, 'en').message).toMatch(/twice/);
  });

  it('run in at the end of the last paragraph, and in half-width brackets: the same', () => {
    for (const body of ['会议部署了全年工作。（市科协办公室）', '会议部署了全年工作。(市科协办公室)']) {
      const [d] = lintYaml(articleWith('市科协办公室', body)).diagnostics.filter((x) => x.code === 'JB316');
      expect(d?.fixes).toHaveLength(1);
    }
  });

  it('a different attribution at the end: two sources would print; warned, never fixed', () => {
    const [d] = lintYaml(articleWith('市科协', '会议部署了全年工作。\n（市科协学会部）')).diagnostics.filter((x) => x.code === 'JB316');
    expect(d).toBeDefined();
    expect(d.fixes).toBeUndefined();
    expect(messageOf(d, 'zh').message).toContain('市科协学会部');
    expect(messageOf(d, 'zh').hint).not.toContain('--fix');
  });

  it('the source named in the middle of the body, or no source at all: nothing to say', () => {
    expect(codes(lintYaml(articleWith('市科协办公室', '（市科协办公室）牵头。\n会议部署了全年工作。')).diagnostics)).not.toContain('JB316');
    const noSource = `${ISSUE}articles:\n  - title: 标题\n    body: |\n      会议部署了全年工作。（市科协办公室）\n`;
    expect(codes(lintYaml(noSource).diagnostics)).not.toContain('JB316');
    // A bracketed ending that is no attribution at all.
    for (const end of ['（扩大）', '（试行）', '（2022年）'])
      expect(codes(lintYaml(articleWith('市科协', `会议审议了工作规则${end}`)).diagnostics)).not.toContain('JB316');
  });

  it('a 简讯 whose text ends with its source in brackets', () => {
    const yaml = `${articleWith('市科协', '正文。')}briefs:\n  - date: 4月7日\n    text: 市科协举办科普讲座（市科协科普部）\n    source: 市科协科普部\n`;
    const [d] = lintYaml(yaml).diagnostics.filter((x) => x.code === 'JB316');
    expect(d?.fixes).toHaveLength(1);
  });

  it('# jianbao-ignore JB316 on the body: | line keeps both, unreported', async () => {
    const body = articleWith('市科协办公室', '会议部署了全年工作。\n（市科协办公室）');
    const reported = async (yaml: string) => {
      const io = captureIO();
      await main(['check', '--format', 'json', lintYaml(yaml).file], io);
      return io.out.join('');
    };
    expect(await reported(body)).toContain('JB316');
    expect(await reported(body.replace('body: |', 'body: | # jianbao-ignore JB316'))).not.toContain('JB316');
  });

  it('check --fix removes the typed attribution and changes nothing else', async () => {
    const { file } = lintYaml(articleWith('市科协办公室', '会议部署了全年工作。（市科协办公室）\n\n第二段。\n\n（市科协办公室）'));
    const before = fs.readFileSync(file, 'utf8');
    expect(await main(['check', '--fix', file], captureIO())).toBe(0);
    const after = fs.readFileSync(file, 'utf8');
    // Only the last one is the attribution; the one ending paragraph 1 is text and stays.
    expect(after).toBe(before.replace(/（市科协办公室）\n$/, '\n'));
    expect(codes(lintYaml(after.split('\n').slice(1).join('\n')).diagnostics)).not.toContain('JB316');
  });
});
