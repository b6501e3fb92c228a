// "No English inside a Chinese message": the ASCII words (two letters or more) of a Chinese-mode
// run that come from neither the user nor jianbao's own Chinese texts. What the user typed (the
// command line, the case's YAML and template files) may be quoted back; jianbao's Chinese
// templates name keys, options and formats on purpose; anything else came raw from Node or a
// library (`EEXIST`, `not found`, `unrecognised data`).
import fs from 'node:fs';
import path from 'node:path';
import { CODES } from '../../../src/diagnostics/codes';
import { REASON_WORDS_ZH } from '../../../src/i18n/reasons';

const WORD = /[A-Za-z]{2,}/g;
/** Names, not English: file formats a reason may name, encodings, units. */
const NAMES = ['PNG', 'JPEG', 'GIF', 'BMP', 'WEBP', 'TIFF', 'SVG', 'HEIF', 'TrueType', 'OpenType', 'GBK', 'KB', 'MB', 'GB'];
/** Code points (U+FFFE) and encoding names (UTF-16BE) are read as one token, not as words. */
const TOKENS = /U\+[0-9A-F]{4,6}|UTF-(?:8|16|32)(?:LE|BE)?/gi;
const SCHEMA = path.join(__dirname, '..', '..', '..', 'schema', 'issue.schema.json');

const words = (text: string) => text.replace(TOKENS, ' ').match(WORD) ?? [];

/** The field names of the issue schema: a hint lists the ones allowed where a key is unknown. */
function schemaKeys(node: unknown): string[] {
  if (node === null || typeof node !== 'object') return [];
  const own = 'properties' in node && node.properties && typeof node.properties === 'object' ? Object.keys(node.properties) : [];
  return [...own, ...Object.values(node).flatMap(schemaKeys)];
}

const OURS = new Set([
  ...Object.values(CODES).flatMap((c) => [...words(c.zh.message), ...words(c.zh.hint)]),
  ...REASON_WORDS_ZH.flatMap(words),
  ...NAMES,
  ...schemaKeys(JSON.parse(fs.readFileSync(SCHEMA, 'utf8'))).flatMap(words),
]);

/** The text files of a case the user wrote: issue YAML, config, template files. */
function typedFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(ya?ml|hbs)$/i.test(f))
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile());
}

/** The words of `output` that nobody typed and jianbao's Chinese does not hold. */
export function foreignWords(output: string, argv: readonly string[], caseDir: string): string[] {
  const typed = new Set([...argv.flatMap(words), ...typedFiles(caseDir).flatMap((f) => words(fs.readFileSync(f, 'latin1')))]);
  return [...new Set(words(output).filter((w) => !OURS.has(w) && !typed.has(w)))];
}
