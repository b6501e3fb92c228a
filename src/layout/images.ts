// Loads a photo named in an article body. docx embeds any file as an "image" (even /etc/passwd),
// so the path must stay inside the issue's folder and the bytes must really be a PNG or JPEG of
// sane size; each failure is one diagnostic at the image's line in the YAML file.
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { Code } from '../diagnostics/codes';
import type { ImageBlock } from './model';

export const MAX_IMAGE_BYTES = 30 * 1024 * 1024;
export const MAX_IMAGE_PIXELS = 20000;

export type ImageResult = { ok: true; image: ImageBlock } | { ok: false; code: Code; args: Record<string, string> };

function inside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

export function loadImage(src: string, issueDir: string, maxWidth: number, maxHeight: number): ImageResult {
  const fail = (code: Code, reason = '') => ({ ok: false as const, code, args: { path: src, reason } });
  if (!src || path.isAbsolute(src) || /^[a-z]+:/i.test(src)) return fail('JB502');
  const root = fs.existsSync(issueDir) ? fs.realpathSync(issueDir) : issueDir;
  const target = path.resolve(root, decodeURI(src));
  if (!inside(root, target)) return fail('JB502');
  if (!fs.existsSync(target)) return fail('JB501');
  // A symlink inside the folder may still point outside it.
  const real = fs.realpathSync(target);
  if (!inside(root, real)) return fail('JB502');
  const stat = fs.statSync(real);
  if (!stat.isFile()) return fail('JB503', 'not a file');
  if (stat.size > MAX_IMAGE_BYTES) return fail('JB503', `larger than ${MAX_IMAGE_BYTES / 1048576} MB`);
  const data = fs.readFileSync(real);
  let size: { width?: number; height?: number; type?: string };
  try {
    size = imageSize(data);
  } catch {
    return fail('JB503', 'unrecognised data');
  }
  const format = size.type === 'png' ? 'png' : size.type === 'jpg' ? 'jpg' : null;
  if (!format) return fail('JB503', `type ${size.type ?? 'unknown'}`);
  const { width = 0, height = 0 } = size;
  if (width < 1 || height < 1 || width > MAX_IMAGE_PIXELS || height > MAX_IMAGE_PIXELS) return fail('JB503', `${width}×${height} pixels`);
  // Scale to the type area's width, never above it, and never taller than half a page.
  const scale = Math.min(maxWidth / width, maxHeight / height);
  return {
    ok: true,
    image: { kind: 'image', path: real, data, format, pixelWidth: width, pixelHeight: height, width: width * scale, height: height * scale },
  };
}
