// A strict PNG check. pngjs (like most decoders) forgives a lot: a corrupt or short pixel stream
// decodes to a zero-filled image without an error. For print we want "decodes" to mean the file
// is whole: every chunk's CRC matches, the pixel data inflates without error, and it holds
// exactly the bytes the header promises (checked for non-interlaced images).
import zlib from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Thrown when the pixel data inflates past what the header's size needs (a decompression bomb). */
export class PngBombError extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    super(`pixel data inflates past what ${width}×${height} pixels need`);
  }
}

/** The inflated size the header allows: each row's bytes plus its filter byte (interlaced images
 *  add one filter byte per row of each of their 7 passes, and rows rounded up per pass). */
function inflatedBound(width: number, height: number, channels: number, depth: number, interlace: number): number {
  const rowBytes = 1 + Math.ceil((width * channels * depth) / 8);
  return interlace === 0 ? rowBytes * height : (rowBytes + 7) * height + 7 * rowBytes;
}

/** Throws an Error naming the first defect; returns quietly for a whole PNG. */
export function assertWholePng(data: Buffer): void {
  if (!data.subarray(0, 8).equals(SIGNATURE)) throw new Error('no PNG signature');
  let offset = 8;
  const idat: Buffer[] = [];
  let header: { width: number; height: number; depth: number; colour: number; interlace: number } | null = null;
  let ended = false;
  while (offset < data.length && !ended) {
    if (offset + 12 > data.length) throw new Error('cut off inside a chunk');
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    if (offset + 12 + length > data.length) throw new Error(`chunk ${type} cut off`);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (zlib.crc32(data.subarray(offset + 4, offset + 8 + length)) !== data.readUInt32BE(offset + 8 + length))
      throw new Error(`chunk ${type} is damaged (CRC)`);
    if (type === 'IHDR')
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8], colour: body[9], interlace: body[12] };
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') ended = true;
    offset += 12 + length;
  }
  if (!header) throw new Error('no IHDR chunk');
  if (!ended) throw new Error('no IEND chunk: the file is cut off');
  if (idat.length === 0) throw new Error('no pixel data');
  const channels = CHANNELS[header.colour];
  if (!channels) throw new Error(`unknown colour type ${header.colour}`);
  // Inflate no further than the header allows: a few MB can otherwise inflate to gigabytes.
  const bound = inflatedBound(header.width, header.height, channels, header.depth, header.interlace);
  let pixels: Buffer;
  try {
    pixels = zlib.inflateSync(Buffer.concat(idat), { maxOutputLength: Math.max(1, bound) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new PngBombError(header.width, header.height);
    throw e;
  }
  if (header.interlace === 0) {
    const rowBytes = 1 + Math.ceil((header.width * channels * header.depth) / 8);
    if (pixels.length !== rowBytes * header.height)
      throw new Error(`pixel data holds ${pixels.length} bytes, the header needs ${rowBytes * header.height}`);
  }
}
