// Owns the compression of the PDF's streams. pdfkit deflates every stream (page contents, the
// embedded font subsets: 90% of the bytes) with zlib's default level 6 and has no setting for
// it; level 1 takes a quarter less time for 4–5% more bytes, and deflating is nearly half of a
// warm PDF render. zlib's largest hash table (memLevel 9, 256 KB more memory) finds the matches
// ~10% faster than its default and loses none. Huffman coding alone would halve the time again
// on font programs, but make the sample's PDF ~17% larger: not worth ~5 ms. pdfkit calls
// zlib.deflateSync only while a document is built, which is synchronous from the first page to
// end(), so the options are swapped in for exactly that stretch and always put back, even when
// rendering throws.
import zlib from 'node:zlib';

export const PDF_DEFLATE: Readonly<zlib.ZlibOptions> = { level: 1, memLevel: 9 };

/** A stream deflated ahead of time (deflate-ahead.ts): pdfkit's deflate of `input` returns `output`. */
export interface Deflated {
  input: Uint8Array;
  output: Buffer;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/**
 * Runs `build` with pdfkit's deflate at PDF_DEFLATE. A stream whose bytes are among `ready` gets
 * the output deflated ahead of time (the same zlib, options and input: the same bytes).
 */
export function withFastDeflate<T>(build: () => T, ready: readonly Deflated[] = []): T {
  const original = zlib.deflateSync;
  const fast = (data: zlib.InputType, options?: zlib.ZlibOptions) => {
    const done = !options && data instanceof Uint8Array ? ready.find((d) => sameBytes(d.input, data)) : undefined;
    return done ? done.output : original(data, { ...PDF_DEFLATE, ...options });
  };
  zlib.deflateSync = fast as typeof zlib.deflateSync;
  try {
    return build();
  } finally {
    zlib.deflateSync = original;
  }
}
