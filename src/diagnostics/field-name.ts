// How a field is named in messages: `articles[1].title` for the first article's title, 1-based as
// an editor counts, one form for every code (schema, limits, traps, placeholders).
export type FieldPath = ReadonlyArray<string | number>;

export function fieldName(path: FieldPath): string {
  return path.reduce<string>((s, seg) => (typeof seg === 'number' ? `${s}[${seg + 1}]` : s ? `${s}.${seg}` : seg), '');
}
