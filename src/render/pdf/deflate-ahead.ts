// Deflates a document's font programs on libuv's thread pool while pdfkit draws its pages.
// pdfkit deflates a font program when the document ends, on the main thread: ~8 ms for the
// sample's body face, a sixth of a warm render, while the second core idles. Our layout knows
// every piece of text before the first page is drawn, so the glyphs are entered in advance
// (shared-fonts.ts: fontProgramsFor), the programs deflated on another thread, and pdfkit's
// end() handed the result when it deflates the same bytes (fast-deflate.ts); if drawing added a
// glyph after all, the bytes differ and pdfkit deflates as before. Faces whose subsets fontkit
// encodes itself (CFF) are left to pdfkit. In a batch with one worker per core there is no idle
// core, and this costs only the compare.
import zlib from 'node:zlib';
import { PDF_DEFLATE, type Deflated } from './fast-deflate';

function deflateOne(input: Uint8Array): Promise<Deflated | null> {
  return new Promise((resolve) => {
    // One output chunk big enough for all of it: with zlib's 16 KB default, each further chunk
    // waits for the main thread, which is busy drawing. The bytes do not depend on the chunking.
    const chunkSize = input.length + 65536;
    zlib.deflate(input, { ...PDF_DEFLATE, chunkSize }, (error, output) => resolve(error ? null : { input, output }));
  });
}

/** Starts deflating `programs`; resolves to those that deflated (never rejects). */
export async function deflateAhead(programs: readonly Uint8Array[]): Promise<Deflated[]> {
  const done = await Promise.all(programs.map(deflateOne));
  return done.filter((d): d is Deflated => d !== null);
}
