// What `--help` and a usage error add to commander's own output, in the user's language: a few
// examples per command, and, after a usage error, the command's one usage line and a pointer to
// its --help (as git does) instead of the whole help.
import type { Command } from 'commander';
import type { Lang } from './lang';
import { wordsOf } from './words';

const hw = wordsOf({
  examples: { zh: '示例：', en: 'Examples:' },
  afterError: {
    zh: '用法：{usage}\n运行 {command} --help 查看全部选项和示例',
    en: 'usage: {usage}\nrun {command} --help for every option and examples',
  },
  options: { zh: '[选项]', en: '[options]' },
  command: { zh: '[命令]', en: '[command]' },
});

const EXAMPLES: Record<string, Record<Lang, string[]>> = {
  init: {
    zh: [
      'jianbao init                                   在当前文件夹新建系列（逐项提问）',
      'jianbao init --yes --name 温州科协信息 --editor 温州市科学技术协会编',
    ],
    en: [
      'jianbao init                                   start a series here (asks each question)',
      'jianbao init --yes --name 温州科协信息 --editor 温州市科学技术协会编',
    ],
  },
  new: {
    zh: ['jianbao new                                    新建下一期（推算期号和日期）', 'jianbao new --yes --date 2024-02-29'],
    en: [
      'jianbao new                                    create the next issue (numbers and date proposed)',
      'jianbao new --yes --date 2024-02-29',
    ],
  },
  add: {
    zh: [
      'jianbao add article 2024/2024-02.yaml          逐项提问，正文可直接粘贴',
      'jianbao add article 2024/2024-02.yaml --title 标题 --body-file 正文.txt',
      'jianbao add brief 2024/2024-02.yaml --date 2月5日 --text 市科协举办讲座',
    ],
    en: [
      'jianbao add article 2024/2024-02.yaml          asks; the body can be pasted',
      'jianbao add article 2024/2024-02.yaml --title TITLE --body-file body.txt',
      'jianbao add brief 2024/2024-02.yaml --date 2月5日 --text 市科协举办讲座',
    ],
  },
  check: {
    zh: [
      'jianbao check 2024/2024-02.yaml',
      'jianbao check .                                检查整个系列，含期号与总期号',
      'jianbao check --fix 2024/2024-02.yaml         自动修正可确定的问题',
    ],
    en: [
      'jianbao check 2024/2024-02.yaml',
      'jianbao check .                                the whole series, numbers included',
      'jianbao check --fix 2024/2024-02.yaml         apply the certain fixes',
    ],
  },
  build: {
    zh: [
      'jianbao build 2024/2024-02.yaml',
      'jianbao build . --to pdf                       整个系列，只生成 PDF',
      'jianbao build 2024/2024-02.yaml -t mine       用 templates/mine 模板',
    ],
    en: [
      'jianbao build 2024/2024-02.yaml',
      'jianbao build . --to pdf                       the whole series, PDF only',
      'jianbao build 2024/2024-02.yaml -t mine       with the templates/mine template',
    ],
  },
  watch: {
    zh: ['jianbao watch 2024/2024-02.yaml                保存即重新生成，按 Ctrl+C 结束', 'jianbao watch .'],
    en: ['jianbao watch 2024/2024-02.yaml                rebuild on every save; Ctrl+C stops', 'jianbao watch .'],
  },
  preview: {
    zh: [
      'jianbao preview 2024/2024-02.yaml              在浏览器中打开，保存即更新，按 Ctrl+C 结束',
      'jianbao preview 2024/2024-02.yaml --no-open --port 8080',
    ],
    en: [
      'jianbao preview 2024/2024-02.yaml              opens the browser; pages update on save; Ctrl+C stops',
      'jianbao preview 2024/2024-02.yaml --no-open --port 8080',
    ],
  },
  toc: {
    zh: ['jianbao toc 2024/2024-02.yaml', 'jianbao toc . --format markdown'],
    en: ['jianbao toc 2024/2024-02.yaml', 'jianbao toc . --format markdown'],
  },
  index: { zh: ['jianbao index . --year 2024'], en: ['jianbao index . --year 2024'] },
  template: {
    zh: ['jianbao template list', 'jianbao template copy kexie templates/mine     然后写 template: mine'],
    en: ['jianbao template list', 'jianbao template copy kexie templates/mine     then write template: mine'],
  },
};

/** `[options]` and `[command]` of a usage line in the user's language. */
export function localUsage(usage: string, lang: Lang): string {
  return usage.replace('[options]', hw(lang, 'options')).replace('[command]', hw(lang, 'command'));
}

function fullName(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Adds the examples and the short usage-error hint to every command below `root`. */
export function finishHelp(root: Command, lang: Lang): void {
  const visit = (cmd: Command) => {
    const examples = EXAMPLES[cmd.name()]?.[lang];
    if (examples && cmd.parent === root) cmd.addHelpText('after', `\n${hw(lang, 'examples')}\n${examples.map((e) => `  ${e}`).join('\n')}`);
    const usage = localUsage(`${fullName(cmd)} ${cmd.usage()}`, lang);
    cmd.showHelpAfterError(hw(lang, 'afterError', { usage, command: fullName(cmd) }));
    cmd.commands.forEach(visit);
  };
  visit(root);
}
