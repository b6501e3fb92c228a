// Field names typed in Chinese (`标题:`, `来源:`): the English key each stands for where it is
// allowed. Only names an editor would type for that one field; 内容/正文 are a brief's text and
// an article's body, whichever the place allows.
// A Map: a plain object would answer `constructor` or `toString` with Object's own members.
const ALIASES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    标题: ['title'],
    题目: ['title'],
    要目: ['toc'],
    目录: ['toc'],
    栏目: ['section'],
    来源: ['source'],
    出处: ['source'],
    稿源: ['source'],
    署名: ['byline'],
    作者: ['byline'],
    正文: ['body', 'text'],
    内容: ['text', 'body'],
    日期: ['date'],
    期号: ['number'],
    总期号: ['total'],
    文章: ['articles'],
    简讯: ['briefs'],
    刊物: ['publication'],
    刊名: ['name'],
    编印单位: ['editor'],
    报尾: ['colophon'],
    印数: ['copies'],
  }),
);

/** The keys the Chinese `name` may stand for (most likely first), or undefined for no field name. */
export function keysForChineseName(name: string): readonly string[] | undefined {
  return ALIASES.get(name.trim());
}

/** The allowed key that the Chinese `key` names, if any. */
export function keyForChineseName(key: string, allowed: readonly string[]): string | undefined {
  return ALIASES.get(key.trim())?.find((k) => allowed.includes(k));
}
