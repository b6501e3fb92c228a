// JB316: an attribution typed at the end of the body (or 简讯 text) as well as in `source:` prints
// twice — （市科协办公室）（市科协办公室）. Warned; `check --fix` removes the typed one only when it is
// exactly the source, and never touches anything else.
import fs from 'node:fs';
import { main } from '../../src/cli/main';
import { messageOf } from '../../src/diagnostics/messages';
import { loadIssue } from '../../src/issue/load-issue';
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
    // On a line of its own: the fix takes the whole file line, indentation and break included.
    const line = '      （市科协办公室）\n';
    expect(d.fixes).toEqual([{ offset: text.lastIndexOf(line), length: line.length, text: '' }]);
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
    // Only the last one is the attribution; the one ending paragraph 1 is text and stays. It
    // stood on its own line: the whole line goes, no line of bare indentation is left behind.
    expect(after).toBe(before.replace(/ {6}（市科协办公室）\n$/, ''));
    expect(codes(lintYaml(after.split('\n').slice(1).join('\n')).diagnostics)).not.toContain('JB316');
  });

  describe('an attribution on a line of its own: --fix removes the whole line, nothing else', () => {
    const fixed = async (yaml: string) => {
      const { file } = lintYaml(yaml);
      const before = fs.readFileSync(file);
      expect(await main(['check', '--fix', file], captureIO())).toBe(0);
      return { before: before.toString('utf8'), after: fs.readFileSync(file).toString('utf8'), file };
    };

    it('indented with 　　 (the editor types paragraphs so): no paragraph of bare 　　 is left', async () => {
      const yaml = `${articleWith('市科协办公室', '　　会议部署了全年工作。\n\n　　（市科协办公室）')}  - title: 第二篇\n    body: |\n      正文。\n`;
      const { before, after } = await fixed(yaml);
      expect(after).toBe(before.replace('      　　（市科协办公室）\n', ''));
      const issue = loadIssue(lintYaml(after.split('\n').slice(1).join('\n')).file).issue!;
      expect(issue.articles[0].body).toBe('　　会议部署了全年工作。\n');
      expect(issue.articles[1].body).toBe('正文。\n');
    });

    it('followed by spaces, a U+3000 or blank lines, and not the last article: the line and its trailing blanks on it go', async () => {
      const yaml = `${articleWith('市科协办公室', '会议部署了全年工作。\n（市科协办公室）　 \n')}  - title: 第二篇\n    body: 正文。\n`;
      const { before, after } = await fixed(yaml);
      expect(after).toBe(before.replace('      （市科协办公室）　 \n', ''));
      const ds = lintYaml(after.split('\n').slice(1).join('\n')).diagnostics;
      expect(codes(ds)).not.toContain('JB316');
    });

    it('a file with CRLF line ends: the line and its CRLF go, every other byte stays', async () => {
      const yaml = articleWith('市科协办公室', '会议部署了全年工作。\n\n（市科协办公室）').replace(/\n/g, '\r\n');
      const { before, after } = await fixed(yaml);
      expect(after).toBe(before.replace('      （市科协办公室）\r\n', ''));
    });

    it('the last line of a file without a final line break', async () => {
      const yaml = articleWith('市科协办公室', '会议部署了全年工作。\n（市科协办公室）').replace(/\n$/, '');
      const { before, after } = await fixed(yaml);
      expect(after).toBe(before.replace(/ {6}（市科协办公室）$/, ''));
    });

    it('a 简讯 whose whole text line also holds its key keeps the narrow fix', async () => {
      const yaml = `${articleWith('市科协', '正文。')}briefs:\n  - date: 4月7日\n    text: 市科协举办科普讲座（市科协科普部）\n    source: 市科协科普部\n`;
      const { before, after } = await fixed(yaml);
      expect(after).toBe(before.replace('（市科协科普部）', ''));
    });
  });
});
