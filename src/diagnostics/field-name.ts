// How a field is named in messages: `articles[1].title` for the first article's title, 1-based as
// an editor counts, one form for every code (schema, limits, traps, placeholders).
export type FieldPath = ReadonlyArray<string | number>;

export function fieldName(path: FieldPath): string {
  return path.reduce<string>((s, seg) => (typeof seg === 'number' ? `${s}[${seg + 1}]` : s ? `${s}.${seg}` : seg), '');
}

/**
 * JB201's arguments for a missing field: its full name, and what to type where. A dotted name
 * is not YAML, so the hint names the key under its parent mapping (`在 issue 中添加 date: …`),
 * or, inside a list item, the key alone where the caret points.
 */
export function missingFieldArgs(path: FieldPath): Record<string, string> {
  const key = String(path[path.length - 1] ?? '');
  const parent = path[path.length - 2];
  return typeof parent === 'string'
    ? { field: fieldName(path), key, parent: fieldName(path.slice(0, -1)) }
    : { field: fieldName(path), key, here: '' };
}
