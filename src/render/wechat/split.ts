// One 公众号 article holds at most 20,000 characters of text. An issue over that is cut between
// its articles, never inside one: consecutive parts are packed into as few files as fit, in order.
export const WECHAT_CHAR_LIMIT = 20_000;

export interface Unit {
  /** Characters of text the part prints (what the editor counts). */
  chars: number;
}

/** Groups of consecutive units, each within `limit` unless one unit alone is over it. */
export function packUnits<T extends Unit>(units: T[], limit = WECHAT_CHAR_LIMIT): T[][] {
  const groups: T[][] = [];
  let size = 0;
  for (const unit of units) {
    const last = groups[groups.length - 1];
    if (last && size + unit.chars <= limit) {
      last.push(unit);
      size += unit.chars;
    } else {
      groups.push([unit]);
      size = unit.chars;
    }
  }
  return groups;
}

/** Characters as the editor counts them: code points, so 𠮷 is one. */
export const charCount = (text: string): number => [...text].length;
