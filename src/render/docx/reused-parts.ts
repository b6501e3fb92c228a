// styles.xml and the theme are the slowest parts for docx to write (about 4 of 9 ms a render:
// docx formats dozens of built-in styles and a whole Office theme), and they and the numbering
// part are the same for every issue of a template. Each is written once per process per key,
// and its text reused after that.
// docx has no way to take a finished part, so while the compiler runs its formatter gives a
// placeholder element for exactly those components, and the placeholder is then swapped for the
// kept text. If the placeholder does not come out where expected (a docx release that writes these
// parts another way), the document is compiled again as it is, and nothing is reused.
import type { DocxCompiler } from './compile-parts';
import { LruCache } from './lru-cache';
import type { Parts } from './package-fixups';

export interface ReusedPart {
  /** The part's name in the package, e.g. word/styles.xml. */
  name: string;
  /** The docx component the compiler formats into this part (doc.Styles, doc.Theme). */
  component: object;
  /** Everything the part's text depends on: equal keys must give equal text. */
  key: string;
  /**
   * The component was built from stand-in options because the part's text is kept (see
   * isKept): its own text is not the part's, so it is never remembered, and when the kept text
   * cannot be put in, reusingParts gives up (null) for the caller to build the real component.
   */
  standIn?: boolean;
}

const PLACEHOLDER = 'jianbao-reused-part';

/** Templates a process uses at once; each entry is ~20 kB of styles text and its key. */
const MAX_KEPT = 16;
const kept = new LruCache<string, string>(MAX_KEPT);
const idOf = (part: Pick<ReusedPart, 'name' | 'key'>) => `${part.name}\n${part.key}`;

/** False once docx was seen to write a part without going through the placeholder. */
let placeholderWorks = true;

/** Whether a render may count on this part's text being put in for its component. */
export function isKept(part: Pick<ReusedPart, 'name' | 'key'>): boolean {
  return placeholderWorks && kept.get(idOf(part)) !== undefined;
}

/**
 * Runs `compile` with the kept parts stood in for, then puts their text into the result; null
 * when a stand-in component's kept text could not be put in.
 */
export function reusingParts(compiler: DocxCompiler, reused: readonly ReusedPart[], compile: () => Parts): Parts | null {
  const formatter = compiler.formatter;
  const hits = new Map<object, { part: ReusedPart; text: string }>();
  for (const part of reused) {
    const text = kept.get(idOf(part));
    if (text !== undefined) hits.set(part.component, { part, text });
  }
  const standIns = reused.some((p) => p.standIn);
  if (hits.size === 0 || !placeholderWorks || typeof formatter?.format !== 'function') return standIns ? null : remember(reused, compile());
  if (reused.some((p) => p.standIn && !hits.has(p.component))) return null;

  const format = formatter.format;
  const own = Object.prototype.hasOwnProperty.call(formatter, 'format');
  formatter.format = (input, context) => (hits.has(input) ? { [PLACEHOLDER]: {} } : format.call(formatter, input, context));
  let parts: Parts;
  try {
    parts = compile();
  } finally {
    if (own) formatter.format = format;
    else delete (formatter as { format?: unknown }).format;
  }
  for (const { part, text } of hits.values()) {
    const written = parts[part.name];
    if (typeof written !== 'string' || !written.endsWith(`<${PLACEHOLDER}/>`)) {
      placeholderWorks = false;
      return standIns ? null : remember(reused, compile());
    }
    parts[part.name] = text;
  }
  return remember(reused.filter((p) => !hits.has(p.component)), parts);
}

function remember(reused: readonly ReusedPart[], parts: Parts): Parts {
  for (const part of reused) {
    if (part.standIn) continue;
    const text = parts[part.name];
    if (typeof text === 'string') kept.set(idOf(part), text);
  }
  return parts;
}

/** For tests: forget every kept part, and that the placeholder may have failed. */
export function forgetReusedParts(): void {
  kept.clear();
  placeholderWorks = true;
}
