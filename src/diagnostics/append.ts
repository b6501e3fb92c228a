// Appends without spreading: `a.push(...b)` passes every element as an argument and overflows
// the stack beyond ~100,000 of them (a flood of 100,000 empty briefs gives that many errors).
export function append<T>(into: T[], items: readonly T[]): T[] {
  for (const item of items) into.push(item);
  return into;
}
