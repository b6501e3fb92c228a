// What a rendered sample must contain, derived from its YAML (not from our renderer): each
// article title, every body paragraph (body format v2: each line) with its markup removed (photos
// by their caption), the attribution, and every brief as printed (`date，text（source）`). Bylines
// are listed apart: where they stand (under the title or at the end) is the template's choice.
import fs from 'node:fs';
import { parse } from 'yaml';

interface SampleArticle {
  title: string;
  source?: string;
  byline?: string;
  body: string;
}
interface SampleBrief {
  date: string;
  text: string;
  source?: string;
}

export function expectedBylines(file: string): string[] {
  const data = parse(fs.readFileSync(file, 'utf8')) as { articles: SampleArticle[] };
  return data.articles.flatMap((a) => (a.byline ? [a.byline] : []));
}

const PHOTO = /^!\[(.*)\]\([^()[\]]+\)$/;

/** Each photo's caption, in order. */
export function expectedCaptions(file: string): string[] {
  const data = parse(fs.readFileSync(file, 'utf8')) as { articles: SampleArticle[] };
  return data.articles.flatMap((a) =>
    a.body
      .split(/\r\n|\r|\n/)
      .map((p) => p.trim())
      .flatMap((p) => PHOTO.exec(p)?.[1] || []),
  );
}

/** `photos: false` leaves the captions out: in the PDF a photo may float past the text after it. */
export function expectedParagraphs(file: string, { photos = true } = {}): string[] {
  const data = parse(fs.readFileSync(file, 'utf8')) as { articles: SampleArticle[]; briefs?: SampleBrief[] };
  const out: string[] = [];
  for (const a of data.articles) {
    out.push(a.title.replace(/\n/g, ''));
    const paragraphs = a.body
      .split(/\r\n|\r|\n/)
      .map((p) => p.trim())
      .filter((p) => p && (photos || !PHOTO.test(p)))
      .map((p) =>
        p
          .replace(PHOTO, '$1')
          .replace(/^## /, '')
          .replace(/\*\*(\S(?:.*?\S)?)\*\*/g, '$1'),
      );
    if (a.source) paragraphs[paragraphs.length - 1] += `（${a.source}）`;
    out.push(...paragraphs);
  }
  for (const b of data.briefs ?? []) out.push(`${b.date}，${b.text}${b.source ? `（${b.source}）` : ''}`);
  return out;
}

export const squash = (s: string) => s.replace(/\s+/g, '');

/** Index just past each expected string found in order in `haystack`, or the first one missing. */
export function findInOrder(haystack: string, needles: string[]): { missing: string | null } {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(squash(needle), from);
    if (at < 0) return { missing: needle };
    from = at + squash(needle).length;
  }
  return { missing: null };
}
