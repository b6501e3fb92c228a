// The space between two paragraphs where the first has space after and the second space before:
// the PDF and Word add the two, LibreOffice 7.4 (its DOCX import) sets only the larger (measured
// on the feature sample: the 6 pt after the band's thin rule left out above the 18 pt before the
// section label). Written as the sum after the first paragraph and none before the second, the
// gap is the same in all three.
import type { Block, DocumentModel } from '../../model/model';
import { ruleSpacing } from './styles';

/** Space before and after a block (points), as its style, or the PDF's placement, sets it. */
export interface Spacing {
  before: number;
  after: number;
}

/** The style's spacing of a paragraph or rule as styles.ts writes it; other blocks (images, tables, breaks) have none here. */
export function styleSpacing(model: DocumentModel, block: Block): Spacing {
  if (block.kind === 'paragraph') {
    const s = model.paragraphStyles[block.style];
    return { before: s?.spaceBefore ?? 0, after: s?.spaceAfter ?? 0 };
  }
  if (block.kind === 'rule') {
    const r = model.ruleStyles[block.style];
    return r ? ruleSpacing(r) : { before: 0, after: 0 };
  }
  return { before: 0, after: 0 };
}

/**
 * Spacing to write instead of the styles', by block index: where a paragraph or rule with space
 * after is followed by one with space before, the first gets both after it and the second none.
 * `spacing(i)`: block i's spacing as it will be written (its style's, or the PDF's placement);
 * `elsewhere(i)`: block i is not written in its place (a floated photo and its caption);
 * `startsPage(i)`: block i starts a page, the space above it not shared with the page before.
 */
export function summedGaps(
  blocks: readonly Block[],
  spacing: (i: number) => Spacing,
  elsewhere: (i: number) => boolean = () => false,
  startsPage: (i: number) => boolean = () => false,
): Map<number, Partial<Spacing>> {
  const out = new Map<number, Partial<Spacing>>();
  const spaced = (b: Block | undefined) => b?.kind === 'paragraph' || b?.kind === 'rule';
  // Blocks in the order they are written: those written elsewhere (a floated photo) left out.
  const order = blocks.map((_, i) => i).filter((i) => !elsewhere(i));
  order.forEach((i, k) => {
    const j = order[k + 1];
    if (j === undefined || startsPage(j) || !spaced(blocks[i]) || !spaced(blocks[j])) return;
    const after = spacing(i).after;
    const before = spacing(j).before;
    if (after <= 0 || before <= 0) return;
    out.set(i, { ...out.get(i), after: after + before });
    out.set(j, { ...out.get(j), before: 0 });
  });
  return out;
}
