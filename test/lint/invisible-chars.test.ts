// Trial 5: invisible characters pasted from WeChat and web pages passed silently (the trial's
// 2024-03 issue, `甲​乙‍丙﻿丁­戊`). JB317 names each at file:line:col; --fix removes only those
// certain to mean nothing in Chinese text (U+200B, U+FEFF, U+00AD), never a ZWJ inside an emoji.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { messageOf } from '../../src/diagnostics/messages';
import { captureIO } from './capture-io';
import { article, charAt, lintYaml } from './lint-helper';

const TRIAL_LINE = '零宽字符：甲\u200b乙\u200d丙\ufeff丁\u00ad戊，词\u2060连\u200c接。';

describe('JB317 invisible characters', () => {
  it('points at each one by name and code point', () => {
    const { diagnostics, text } = lintYaml(article(TRIAL_LINE));
    const hits = diagnostics.filter((d) => d.code === 'JB317');
    expect(hits.map((d) => d.args.codepoint)).toEqual(['U+200B', 'U+200D', 'U+FEFF', 'U+00AD', 'U+2060', 'U+200C']);
    expect(hits.map((d) => charAt(text, d))).toEqual(['\u200b', '\u200d', '\ufeff', '\u00ad', '\u2060', '\u200c']);
    expect(messageOf(hits[0], 'zh').message).toContain('零宽空格（U+200B）');
    expect(messageOf(hits[3], 'en').message).toContain('SOFT HYPHEN (U+00AD)');
  });

  it('offers a fix only for U+200B, U+FEFF and U+00AD', () => {
    const { diagnostics } = lintYaml(article(TRIAL_LINE));
    const fixable = diagnostics.filter((d) => d.code === 'JB317' && d.fixes).map((d) => d.args.codepoint);
    expect(fixable).toEqual(['U+200B', 'U+FEFF', 'U+00AD']);
  });

  it('leaves a ZWJ joining an emoji sequence alone (👨‍👩‍👧, ❤️‍🔥, 👩🏽‍💻)', () => {
    const { diagnostics } = lintYaml(
      article(
        '全家\u{1f468}\u200d\u{1f469}\u200d\u{1f467}出游，热情\u2764\ufe0f\u200d\u{1f525}，程序员\u{1f469}\u{1f3fd}\u200d\u{1f4bb}。',
      ),
    );
    expect(diagnostics.filter((d) => d.code === 'JB317')).toEqual([]);
  });

  it('check --fix removes the certain ones and keeps the rest as typed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-invisible-'));
    const file = path.join(dir, 'issue.yaml');
    fs.writeFileSync(file, `publication: { name: 测试简报, editor: 测试单位编 }\n${article(TRIAL_LINE)}`);
    await main(['check', '--fix', file], captureIO());
    expect(fs.readFileSync(file, 'utf8')).toContain('零宽字符：甲乙\u200d丙丁戊，词\u2060连\u200c接。');
  });
});
