// The documented caps on what one issue may contain (README "Limits"). They exist so a hostile or
// broken file is reported instead of exhausting memory or time; each is far above any real issue
// (the largest seed has 9 articles, paragraphs under 1,500 characters, photos under 20 MP).
import { MAX_SOURCE_BYTES } from '../source/read';

export const LIMITS = {
  /** An issue or config file (JB005). */
  sourceBytes: MAX_SOURCE_BYTES,
  /** Articles in one issue (JB020). */
  articles: 300,
  /** 简讯 in one issue (JB021). */
  briefs: 1000,
  /** Characters in one paragraph of an article body (JB022). */
  paragraphChars: 20_000,
  /** Characters in a one-line field: a title, a source, a brief (JB023). */
  lineChars: 2_000,
  /** Levels of nested mappings and lists in a YAML file; the schema needs 4 (JB024). */
  nestingDepth: 32,
  /** Bytes of one image file (JB504). */
  imageBytes: 30 * 1024 * 1024,
  /** Pixels on the longer side of an image (JB505). */
  imageSide: 20_000,
  /** Pixels of an image in all: decoding one to downscale it takes 4 bytes per pixel (JB505). */
  imagePixels: 50_000_000,
} as const;
