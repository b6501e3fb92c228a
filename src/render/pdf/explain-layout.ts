// Owns the layout explanation: per PDF page, how full the type area is and why the page ended
// there (`jianbao build --explain-layout`). It lays the issue out exactly as renderPdf does.
import type { Lang } from '../../i18n/lang';
import { lw } from '../../i18n/layout';
import type { DocumentModel } from '../../model/model';
import { layOutPdf } from './lay-out';
import { extent, type PageEnd } from './paginate';
import type { Box } from './types';

export interface PageReport {
  /** 1-based. */
  page: number;
  /** Bottom of the last thing drawn on the page over the height of the type area (0–1). */
  fill: number;
  end: PageEnd;
  /** For each photo that floated onto this page, the page its place in the text is on. */
  floated: number[];
}

/** Where a photo of the model went in the PDF: what another renderer needs to place it the same
 * way. `next`: the model block and line printed right under the photo and its caption on that
 * page (null: nothing follows it there); a photo that floated interrupts that block before that
 * line. */
export interface PhotoPlace {
  /** Index of the image in model.blocks. */
  block: number;
  /** 1-based. */
  page: number;
  floated: boolean;
  next: { block: number; line: number } | null;
}

export function photoPlaces(model: DocumentModel): PhotoPlace[] {
  const { boxes, pages } = layOutPdf(model);
  const lineAt = new Map<object, { block: number; line: number }>();
  boxes.forEach((box, block) => {
    if (box.kind === 'lines') box.lines.forEach((line, n) => lineAt.set(line, { block, line: n }));
  });
  const isCaption = (box: Box | undefined) => box?.kind === 'lines' && box.style === 'caption';
  const captions = new Set(boxes.flatMap((box, block) => (box.kind === 'image' && isCaption(boxes[block + 1]) ? [block + 1] : [])));
  // Photos keep their order, so the k-th image drawn is the k-th image block; the photos that
  // floated onto a page are the first ones drawn on it.
  const imageBlocks = boxes.flatMap((box, block) => (box.kind === 'image' ? [block] : []));
  const places: PhotoPlace[] = [];
  pages.forEach((laid, p) => {
    const open: PhotoPlace[] = [];
    let onPage = 0;
    for (const item of laid.items) {
      if (item.kind === 'image') {
        const place: PhotoPlace = { block: imageBlocks[places.length], page: p + 1, floated: onPage++ < laid.floated.length, next: null };
        places.push(place);
        open.push(place);
      } else if (item.kind === 'line') {
        const at = lineAt.get(item.line);
        if (!at || captions.has(at.block)) continue;
        for (const place of open.splice(0)) place.next = at;
      }
    }
  });
  return places;
}

export function explainLayout(model: DocumentModel): PageReport[] {
  const { areaHeight, pages } = layOutPdf(model);
  return pages.map((laid, i) => ({
    page: i + 1,
    fill: extent(laid.items) / areaHeight,
    end: laid.end,
    floated: laid.floated,
  }));
}

const pt = (n: number) => `${n.toFixed(1)} pt`;

function why(end: PageEnd, lang: Lang): string {
  switch (end.reason) {
    case 'last':
    case 'asked':
    case 'full':
      return lw(lang, end.reason);
    case 'keep':
      return lw(lang, 'keep', { what: lw(lang, end.what), need: pt(end.need), left: pt(end.left) });
    case 'photo':
      return lw(lang, 'photo', { need: pt(end.need), left: pt(end.left) });
  }
}

/** One line per page, e.g. `第 2 页  填满 93%  排满，正文接下页`. */
export function formatLayoutReport(reports: PageReport[], lang: Lang): string {
  return reports
    .map((r) => {
      const floated = r.floated.map((from) => lw(lang, 'floated', { from })).join('');
      return lw(lang, 'line', { page: r.page, fill: `${Math.round(r.fill * 100)}%`, why: why(r.end, lang), floated });
    })
    .join('\n');
}
