// Loads a photo named in an article body. docx embeds any file as an "image" (even /etc/passwd),
// so the path must stay inside the issue's folder and the bytes must really be a PNG or JPEG of
// sane size; each failure is one diagnostic at the image's line in the YAML file. The image
// decoders load on the first photo: most issues have none, and a fresh process spares ~25 ms.
import { PngBombError } from './png-check';
import fs from 'node:fs';
import path from 'node:path';
import type { Code } from '../diagnostics/codes';
import { LIMITS } from '../limits/caps';
import type { ImageBlock } from '../model/model';

export const MAX_IMAGE_BYTES = LIMITS.imageBytes;
export const MAX_IMAGE_PIXELS = LIMITS.imageSide;

export type ImageResult = { ok: true; image: ImageBlock } | { ok: false; code: Code; args: Record<string, string | number> };

function inside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function readable(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

export function loadImage(src: string, issueDir: string, maxWidth: number, maxHeight: number): ImageResult {
  // Shown as the editor typed it: markdown percent-encodes `C:\Users\编辑\图.png` in the src.
  const shown = readable(src);
  const fail = (code: Code, reason = '') => ({ ok: false as const, code, args: { path: shown, reason } });
  if (!src || path.isAbsolute(src) || /^[a-z]+:/i.test(src)) return fail('JB502');
  const root = fs.existsSync(issueDir) ? fs.realpathSync(issueDir) : issueDir;
  // Markdown percent-encodes the src; a malformed escape (`%zz` from a template) is not a path.
  let decoded: string;
  try {
    decoded = decodeURI(src);
  } catch {
    return fail('JB501');
  }
  const target = path.resolve(root, decoded);
  if (!inside(root, target)) return fail('JB502');
  if (!fs.existsSync(target)) return fail('JB501');
  // A symlink inside the folder may still point outside it.
  const real = fs.realpathSync(target);
  if (!inside(root, real)) return fail('JB502');
  const stat = fs.statSync(real);
  // A folder gets its own code: "save it as PNG or JPEG" is no advice for a folder.
  if (stat.isDirectory()) return fail('JB507');
  if (!stat.isFile()) return fail('JB503', 'not a file');
  if (stat.size > MAX_IMAGE_BYTES) {
    return {
      ok: false,
      code: 'JB504',
      args: { path: shown, size: `${(stat.size / 1048576).toFixed(1)} MB`, limit: `${MAX_IMAGE_BYTES / 1048576} MB` },
    };
  }
  const data = fs.readFileSync(real);
  let size: { width?: number; height?: number; type?: string; orientation?: number };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, off the startup path
    size = (require('image-size') as typeof import('image-size')).imageSize(data);
  } catch {
    return fail('JB503', 'unrecognised data');
  }
  const format = size.type === 'png' ? 'png' : size.type === 'jpg' ? 'jpg' : null;
  if (!format) return fail('JB503', `type ${size.type ?? 'unknown'}`);
  const { width = 0, height = 0 } = size;
  if (width < 1 || height < 1) return fail('JB503', `${width}×${height} pixels`);
  // Checked on the header before decoding: decoding takes 4 bytes per pixel.
  if (width > MAX_IMAGE_PIXELS || height > MAX_IMAGE_PIXELS || width * height > LIMITS.imagePixels) {
    return { ok: false, code: 'JB505', args: { path: shown, width, height, side: MAX_IMAGE_PIXELS, pixels: LIMITS.imagePixels / 1e6 } };
  }
  // Scale to the type area's width, never above it, and never taller than half a page.
  const scale = Math.min(maxWidth / width, maxHeight / height);
  let print;
  try {
    // A rotated JPEG (EXIF orientation) is embedded whole: re-encoding would drop the rotation.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, off the startup path
    print = (require('./print-image') as typeof import('./print-image')).printImage(
      data,
      format,
      width * scale,
      height * scale,
      (size.orientation ?? 1) !== 1,
    );
  } catch (e) {
    if (e instanceof PngBombError) return { ok: false, code: 'JB506', args: { path: src, width: e.width, height: e.height } };
    return fail('JB503', `does not decode: ${(e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 80)}`);
  }
  return {
    ok: true,
    image: {
      kind: 'image',
      path: real,
      data: print.data,
      format,
      pixelWidth: print.pixelWidth,
      pixelHeight: print.pixelHeight,
      width: width * scale,
      height: height * scale,
    },
  };
}
