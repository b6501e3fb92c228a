// Font obfuscation of OOXML (ECMA-376 Part 1, §17.8.1 "Font Embedding"): an embedded font part
// (.odttf) is the font with its first 32 bytes XORed with the 16 bytes of a GUID, the fontKey that
// the font table names, read from its last byte to its first. It is a licence-compliance marker,
// not encryption. The key is derived from the font bytes, so equal documents stay byte-identical.
import { createHash } from 'node:crypto';

/** A GUID in Word's form, {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}, made from a hash of `data`. */
export function fontKeyFor(data: Uint8Array): string {
  const hex = createHash('sha256').update(data).digest('hex').slice(0, 32).toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}

/** Obfuscates (and, applied again, restores) a font with the given key. */
export function obfuscateFont(font: Uint8Array, fontKey: string): Uint8Array {
  const hex = fontKey.replace(/[{}-]/g, '');
  if (!/^[0-9A-Fa-f]{32}$/.test(hex)) throw new Error(`not a GUID font key: ${fontKey}`);
  const key = Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(30 - 2 * i, 32 - 2 * i), 16));
  const out = Uint8Array.from(font);
  for (let i = 0; i < Math.min(32, out.length); i++) out[i] ^= key[i % 16];
  return out;
}
