// What is wrong in a template folder, in the reader's words. src/templates records a problem as a
// key and its values where it finds it (JB402: the .hbs syntax; JB404: a manifest whose values each
// read well but do not fit together); the words are chosen here, at the edge, in zh or en, so
// rewording one language never loses the other.
import type { Lang } from './lang';

const TEMPLATE_PROBLEMS = {
  zh: {
    // JB402: the Handlebars parser's complaints, told as what the author did wrong.
    openBlock: '文件结束时还有块没有闭合：某个 {{#…}} 没有对应的 {{/…}}',
    malformedExpression: '{{ … }} 表达式写错了（检查括号和引号）',
    emptyExpression: '{{ }} 表达式是空的或不完整',
    unexpectedToken: '这里不该出现 {token}',
    unexpected: '这里出现了不该出现的内容',
    blockMismatch: '{{#{open}}} 块用 {{/{close}}} 结束了，开始和结束的名称要一致',
    // Anything else Handlebars said: its own English sentence is `text`, shown under --lang en.
    templateError: '未能译成中文，加 --lang en 可看到原文',
    // JB404
    styleUndefined: '样式“{name}”没有定义',
    styleCircle: '样式互相继承成了一个圈：{chain}',
    cmykTaken: '{field}：{hex} 已在另一个颜色名下定义了 CMYK {cmyk}',
    pageNumbersStyle: 'pageNumbers.style 用的样式“{name}”没有在 styles 中定义',
  },
  en: {
    openBlock: 'the file ends inside an open block: a {{#…}} has no matching {{/…}}',
    malformedExpression: 'a malformed {{ … }} expression (check the braces and quotes)',
    emptyExpression: 'an empty or incomplete {{ }} expression',
    unexpectedToken: 'unexpected {token} here',
    unexpected: 'something here is not expected',
    blockMismatch: '{{#{open}}} is closed by {{/{close}}}: the names must match',
    templateError: '{text}',
    styleUndefined: 'style "{name}" is not defined',
    styleCircle: 'styles inherit in a circle: {chain}',
    cmykTaken: '{field}: {hex} already has the CMYK {cmyk} under another name',
    pageNumbersStyle: 'pageNumbers.style "{name}" is not defined in styles',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type TemplateProblemKey = keyof (typeof TEMPLATE_PROBLEMS)['en'];
/** Every key, for the test that each has words in both languages. */
export const TEMPLATE_PROBLEM_KEYS = Object.keys(TEMPLATE_PROBLEMS.en) as TemplateProblemKey[];

/** A problem found in a template: its key and the values its words name (the same in zh and en). */
export interface TemplateProblem {
  key: TemplateProblemKey;
  args: Record<string, string>;
}

export const isTemplateProblem = (s: string): s is TemplateProblemKey => Object.hasOwn(TEMPLATE_PROBLEMS.en, s);

export function templateProblemWords(lang: Lang, key: TemplateProblemKey, args: Record<string, string | number>): string {
  return TEMPLATE_PROBLEMS[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(args[name] ?? ''));
}

/** The diagnostic's args for a problem: `problem` names the words, the values fill them. */
export const problemArgs = (p: TemplateProblem): Record<string, string> => ({ problem: p.key, ...p.args });
