// Prepares a photo for print: decodes it fully (a truncated or corrupt file fails here, not
// inside pdfkit or Word) and, when it has far more pixels than its printed size needs at 300 dpi,
// shrinks it so a 20-megapixel camera photo does not make a 10 MB PDF and DOCX.
// Pure JS (pngjs, jpeg-js): nothing native to build or download at install.
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { LIMITS } from '../limits/caps';
import { assertWholePng } from './png-check';

export const PRINT_DPI = 300;
/** Downscale only when the file has this many times the pixels print needs: a small excess is
 *  not worth a lossy re-encode. */
const SHRINK_THRESHOLD = 1.5;
const JPEG_QUALITY = 90;

export interface PrintImage {
  data: Buffer;
  pixelWidth: number;
  pixelHeight: number;
}

interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
}

function decode(data: Buffer, format: 'png' | 'jpg'): Rgba {
  if (format === 'png') {
    assertWholePng(data);
    return PNG.sync.read(data);
  }
  // jpeg-js counts 4 bytes per pixel per component for its blocks, 1 for line buffers and 4 for
  // the output: 24 per pixel covers a 4-component (CMYK) photo at the 50 MP limit.
  const memory = Math.ceil((LIMITS.imagePixels * 24) / 1048576) + 16;
  // tolerantDecoding off: a truncated JPEG is an error, not half a photo.
  return jpeg.decode(data, {
    useTArray: true,
    formatAsRGBA: true,
    tolerantDecoding: false,
    maxResolutionInMP: LIMITS.imagePixels / 1e6,
    maxMemoryUsageInMB: memory,
  });
}

/** Area-average (box filter) downscale; colours weighted by alpha so transparent pixels do not
 *  darken the edges of a PNG with transparency. */
export function shrinkRgba(src: Rgba, width: number, height: number): Rgba {
  const out = new Uint8Array(width * height * 4);
  const sx = src.width / width;
  const sy = src.height / height;
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y * sy);
    const y1 = Math.max(y0 + 1, Math.min(src.height, Math.floor((y + 1) * sy)));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x * sx);
      const x1 = Math.max(x0 + 1, Math.min(src.width, Math.floor((x + 1) * sx)));
      let r = 0,
        g = 0,
        b = 0,
        a = 0,
        n = 0;
      for (let yy = y0; yy < y1; yy++) {
        let i = (yy * src.width + x0) * 4;
        for (let xx = x0; xx < x1; xx++, i += 4) {
          const alpha = src.data[i + 3];
          r += src.data[i] * alpha;
          g += src.data[i + 1] * alpha;
          b += src.data[i + 2] * alpha;
          a += alpha;
          n++;
        }
      }
      const o = (y * width + x) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
      }
      out[o + 3] = Math.round(a / n);
    }
  }
  return { width, height, data: out };
}

function encode(image: Rgba, format: 'png' | 'jpg'): Buffer {
  if (format === 'jpg') return Buffer.from(jpeg.encode({ data: image.data, width: image.width, height: image.height }, JPEG_QUALITY).data);
  const png = new PNG({ width: image.width, height: image.height });
  png.data = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return PNG.sync.write(png);
}

/**
 * The bytes to embed for an image printed at most `printWidth`×`printHeight` points. Throws when
 * the file does not decode. `keepAsIs` (e.g. an EXIF-rotated JPEG, whose orientation a re-encode
 * would drop) still validates but never shrinks.
 */
export function printImage(data: Buffer, format: 'png' | 'jpg', printWidth: number, printHeight: number, keepAsIs = false): PrintImage {
  const decoded = decode(data, format);
  const needW = Math.max(1, Math.ceil((printWidth / 72) * PRINT_DPI));
  const needH = Math.max(1, Math.ceil((printHeight / 72) * PRINT_DPI));
  const factor = Math.min(decoded.width / needW, decoded.height / needH);
  if (keepAsIs || factor < SHRINK_THRESHOLD) return { data, pixelWidth: decoded.width, pixelHeight: decoded.height };
  const width = Math.max(1, Math.round(decoded.width / factor));
  const height = Math.max(1, Math.round(decoded.height / factor));
  return { data: encode(shrinkRgba(decoded, width, height), format), pixelWidth: width, pixelHeight: height };
}
