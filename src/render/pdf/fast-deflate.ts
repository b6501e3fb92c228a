// Owns the compression level of the PDF's streams. pdfkit deflates every stream (page
// contents, the embedded font subsets: 90% of the bytes) with zlib's default level 6 and has no
// setting for it; level 1 takes a quarter less time for 4–5% more bytes, and deflating is
// nearly half of a warm PDF render. pdfkit calls zlib.deflateSync only while a document is
// built, which is synchronous from the first page to end(), so the level is swapped in for
// exactly that stretch and always put back, even when rendering throws.
import zlib from 'node:zlib';

export const PDF_DEFLATE_LEVEL = 1;

export function withFastDeflate<T>(build: () => T): T {
  const original = zlib.deflateSync;
  const fast = (data: zlib.InputType, options?: zlib.ZlibOptions) => original(data, { level: PDF_DEFLATE_LEVEL, ...options });
  zlib.deflateSync = fast as typeof zlib.deflateSync;
  try {
    return build();
  } finally {
    zlib.deflateSync = original;
  }
}
