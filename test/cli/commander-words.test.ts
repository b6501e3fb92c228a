// Usage errors and help reach a Chinese editor in Chinese: commander's English wording is
// translated (src/i18n/commander.ts), and these cases pin that wording, so a commander
// upgrade that rephrases a message fails here instead of slipping English through.
import { runCli } from '../helpers/run-cli';

const CASES: Array<[string[], RegExp]> = [
  [['build', 'a.yaml', '--forse'], /^错误：未知选项 '--forse'\n（是不是想用 --force？）/],
  [['bulid'], /^错误：未知命令 'bulid'\n（是不是想用 build？）/],
  [['build'], /^错误：缺少参数 'files'（要处理的期刊文件或文件夹）/],
  [['toc'], /^错误：缺少参数 'file'（期刊文件）/],
  [['add'], /^错误：缺少参数 'kind'（article 或 brief）/],
  [['index'], /^错误：缺少参数 'dir'（文件夹）/],
  [['template', 'copy'], /^错误：缺少参数 'name'（模板名）/],
  [['build', 'a.yaml', '--jobs', 'abc'], /^错误：选项 '-j, --jobs <n>' 的取值 'abc' 无效。1, 2, 3, …/],
  [['build', 'a.yaml', '--shard', '9'], /^错误：选项 '--shard <k\/n>' 的取值 '9' 无效。K\/N（1 ≤ K ≤ N），例如 1\/4/],
  [
    ['build', 'a.yaml', '--encoding', 'big5'],
    /^错误：选项 '--encoding <name>' 的取值 'big5' 无效。可选：utf-8, gb18030（gbk）, utf-16le, utf-16be。/,
  ],
  [['build', 'a.yaml', '-o'], /^错误：选项 '-o, --out <dir>' 缺少取值/],
  [['toc', 'a', 'b', 'c'], /^错误：参数过多，应有 1 个，给了 3 个。/],
];

test.each(CASES)(
  'jianbao %j: the usage error in Chinese, exit code 2, the usage line and a --help hint after it',
  async (argv, expected) => {
    const run = await runCli(argv, {}, 'zh');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(expected);
    expect(run.stderr).not.toMatch(/error:|Did you mean|Usage:/);
    expect(run.stderr).toMatch(/用法：jianbao/);
    expect(run.stderr).toMatch(/--help 查看全部选项和示例\n$/);
  },
);

test('in English the messages stay commander’s own', async () => {
  const run = await runCli(['build', 'a.yaml', '--forse'], {}, 'en');
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^error: unknown option '--forse'\n\(Did you mean --force\?\)/);
  expect(run.stderr).toMatch(/usage: jianbao build \[options\] <files\.\.\.>\nrun jianbao build --help/);
});

test('help headings are Chinese, and choices are listed once', async () => {
  const run = await runCli(['build', '--help'], {}, 'zh');
  expect(run.code).toBe(0);
  for (const heading of ['用法：', '参数：', '选项：']) expect(run.stdout).toContain(heading);
  expect(run.stdout).not.toMatch(/Usage:|Options:|Arguments:|choices:/);
  expect(run.stdout).toContain('源文件编码：utf-8、gb18030（gbk、gb2312 亦可）、utf-16le、utf-16be\n');
});
