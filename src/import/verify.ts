// The promise "never invents or drops text", checked on every import before anything is written:
// the YAML is parsed back, the plain text rebuilt, and its non-space characters compared with the
// input's (from the first article on; the masthead and TOC become fields). Captions lifted out of
// a split paragraph and bylines move, so the check is on the multiset of characters; tests also
// check the order.
import { parse } from 'yaml';
import { nonSpace, rebuildPlainText, type IssueData } from './plain-text';

// A brief's separator and source brackets are printed full-width whatever the input had.
const fold = (c: string) => (({ ',': '，', '(': '（', ')': '）' }) as Record<string, string>)[c] ?? c;

function counts(chars: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of chars) m.set(fold(c), (m.get(fold(c)) ?? 0) + 1);
  return m;
}

/** null when the YAML holds exactly the input's characters; otherwise what differs. */
export function verifyImport(inputBody: string, yamlText: string): string | null {
  const data = parse(yamlText) as IssueData;
  const want = counts(nonSpace(inputBody));
  const got = counts(nonSpace(rebuildPlainText(data)));
  const missing: string[] = [];
  const extra: string[] = [];
  new Set([...want.keys(), ...got.keys()]).forEach((c) => {
    const d = (want.get(c) ?? 0) - (got.get(c) ?? 0);
    if (d > 0) missing.push(`${c}×${d}`);
    if (d < 0) extra.push(`${c}×${-d}`);
  });
  if (missing.length === 0 && extra.length === 0) return null;
  return `missing ${missing.slice(0, 10).join(' ') || '-'}; extra ${extra.slice(0, 10).join(' ') || '-'}`;
}
