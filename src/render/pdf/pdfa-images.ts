// Owns the one change PDF/A-2b needs in a photo: a CMYK JPEG would be drawn in DeviceCMYK, which
// PDF/A allows only under a CMYK output intent; under our sRGB intent it is re-encoded as an RGB
// JPEG (the colours converted by jpeg-js, as print-image.ts does when it shrinks a photo). A
// photo turned by its EXIF orientation is left as it is: a re-encode would drop the turn.
import { imageSize } from 'image-size';
import jpeg from 'jpeg-js';
import type { Block, DocumentModel, ImageBlock } from '../../model/model';

const JPEG_QUALITY = 90;

interface Frame {
  components: number;
  width: number;
  height: number;
}

/** The first frame header (SOFn) of a JPEG: component count and size; null when there is none. */
export function jpegFrame(data: Buffer): Frame | null {
  let i = 2;
  while (i + 9 < data.length) {
    if (data[i] !== 0xff) return null;
    const marker = data[i + 1];
    if (marker === 0xff) {
      i++; // a fill byte before the marker
      continue;
    }
    // Markers without a length: TEM, RSTn.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC): length, precision, height, width, Nf.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: data.readUInt16BE(i + 5), width: data.readUInt16BE(i + 7), components: data[i + 9] };
    }
    i += 2 + data.readUInt16BE(i + 2);
  }
  return null;
}

function rgbJpeg(data: Buffer, frame: Frame): Buffer {
  // jpeg-js needs about 24 bytes a pixel for a 4-component image (see print-image.ts).
  const memory = Math.ceil((frame.width * frame.height * 24) / 1048576) + 16;
  const decoded = jpeg.decode(data, {
    useTArray: true,
    formatAsRGBA: true,
    tolerantDecoding: false,
    maxMemoryUsageInMB: memory,
    maxResolutionInMP: (frame.width * frame.height) / 1e6 + 1,
  });
  return Buffer.from(jpeg.encode({ data: decoded.data, width: decoded.width, height: decoded.height }, JPEG_QUALITY).data);
}

function forPdfA(block: ImageBlock): ImageBlock {
  if (block.format !== 'jpg') return block;
  const frame = jpegFrame(block.data);
  if (frame?.components !== 4 || (imageSize(block.data).orientation ?? 1) !== 1) return block;
  return { ...block, data: rgbJpeg(block.data, frame) };
}

/** The model with every CMYK JPEG re-encoded as RGB; the same model when it has none. */
export function pdfaImages(model: DocumentModel): DocumentModel {
  let changed = false;
  const blocks = model.blocks.map((block): Block => {
    if (block.kind !== 'image') return block;
    const image = forPdfA(block);
    changed ||= image !== block;
    return image;
  });
  return changed ? { ...model, blocks } : model;
}
