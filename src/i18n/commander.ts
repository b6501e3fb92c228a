// commander writes its usage errors and help headings in English. Editors read Chinese, so in
// Chinese they are translated here: the errors by their fixed English patterns (commander's own
// wording, pinned by test/cli/commander-words.test.ts), the headings through commander's help
// hooks. An error this does not know passes through unchanged, in English, rather than wrongly.
import { Help, type OutputConfiguration } from 'commander';
import type { Lang } from './lang';
import { localUsage } from './help';

type Rule = [RegExp, string];

const ERRORS: Rule[] = [
  [/^error: unknown option '(.+?)'/, "错误：未知选项 '$1'"],
  [/^error: unknown command '(.+?)'/, "错误：未知命令 '$1'"],
  [/^error: missing required argument '(.+?)'/, "错误：缺少参数 '$1'"],
  [/^error: option '(.+?)' argument missing/, "错误：选项 '$1' 缺少取值"],
  [/^error: required option '(.+?)' not specified/, "错误：缺少必需的选项 '$1'"],
  [/^error: option '(.+?)' argument '(.*?)' is invalid\.\s*/, "错误：选项 '$1' 的取值 '$2' 无效。"],
  [/^error: command-argument value '(.*?)' is invalid for argument '(.+?)'\.\s*/, "错误：参数 '$2' 的取值 '$1' 无效。"],
  [
    /^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)(?:: [^\n]*)?\./,
    '错误：参数过多，应有 $2 个，给了 $3 个。',
  ],
  [/^error: (.+?) cannot be used with (.+)$/m, '错误：$1 不能与 $2 同时使用'],
];

/** Phrases inside a message: suggestions, allowed choices, the value hints of our own parsers. */
const PHRASES: Rule[] = [
  [/\(Did you mean one of (.+?)\?\)/, '（是不是想用其中之一：$1？）'],
  [/\(Did you mean (.+?)\?\)/, '（是不是想用 $1？）'],
  [/Allowed choices are (.+?)\./, '可选：$1。'],
  [/one or more of (.+?), comma-separated, e\.g\. (\S+)/, '应为 $1 中的一种或几种（用逗号分开），例如 $2'],
  [/K\/N with 1 ≤ K ≤ N, e\.g\. 1\/4/, 'K/N（1 ≤ K ≤ N），例如 1/4'],
  [/, e\.g\. /, '，例如 '],
  // commander names a missing argument by its placeholder: say what to give in the editor's words.
  [/缺少参数 'files'/, "缺少参数 'files'（要处理的期刊文件或文件夹）"],
  [/缺少参数 'file'/, "缺少参数 'file'（期刊文件）"],
  [/缺少参数 'dir'/, "缺少参数 'dir'（文件夹）"],
  [/缺少参数 'kind'/, "缺少参数 'kind'（article 或 brief）"],
  [/缺少参数 'name'/, "缺少参数 'name'（模板名）"],
];

const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Global Options:': '通用选项：',
};

export function localizeCommanderError(message: string, lang: Lang): string {
  if (lang !== 'zh') return message;
  let out = message;
  const rule = ERRORS.find(([pattern]) => pattern.test(out));
  if (rule) out = out.replace(rule[0], rule[1]);
  for (const [pattern, words] of PHRASES) out = out.replace(pattern, words);
  return out;
}

/** Help headings and the (choices: …) note of an option, in the user's language. */
export function helpConfiguration(lang: Lang): Partial<Help> {
  if (lang !== 'zh') return {};
  return {
    styleTitle: (title: string) => TITLES[title] ?? title,
    styleUsage: (usage: string) => localUsage(usage, lang),
    subcommandTerm(cmd) {
      return localUsage(Help.prototype.subcommandTerm.call(this, cmd), lang);
    },
    optionDescription(option) {
      // Our descriptions mostly name the choices already; add them only where they do not.
      const choices = option.argChoices?.filter((c) => !option.description.includes(c)) ?? [];
      return choices.length ? `${option.description}（可选：${option.argChoices!.join('、')}）` : option.description;
    },
  };
}

/** Where commander writes, with its errors translated on the way. */
export function outputConfiguration(lang: Lang, write: { out(text: string): void; err(text: string): void }): OutputConfiguration {
  return {
    writeOut: (text) => write.out(text),
    writeErr: (text) => write.err(text),
    outputError: (text, writeErr) => writeErr(localizeCommanderError(text, lang)),
  };
}
