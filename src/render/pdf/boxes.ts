// Owns the step from model blocks to boxes: paragraphs are laid out into lines, rules and
// images get their sizes; styles are resolved here so later stages never look them up.
import type { Block, DocumentModel, ParagraphStyle, RuleStyle } from '../../layout/model';
import { layoutParagraph, type Fonts } from './paragraph';
import type { Box } from './types';

function lookup<T>(table: Record<string, T>, name: string, what: string): T {
  const found = table[name];
  if (!found) throw new Error(`the document model has no ${what} style "${name}"`);
  return found;
}

export function toBoxes(blocks: Block[], model: DocumentModel, fonts: Fonts, measure: number): Box[] {
  return blocks.map((block): Box => {
    switch (block.kind) {
      case 'paragraph': {
        const style: ParagraphStyle = lookup(model.paragraphStyles, block.style, 'paragraph');
        return {
          kind: 'lines',
          lines: layoutParagraph(block, style, fonts, measure),
          spaceBefore: style.spaceBefore,
          spaceAfter: style.spaceAfter,
          keepWithNext: style.keepWithNext,
        };
      }
      case 'rule': {
        const style: RuleStyle = lookup(model.ruleStyles, block.style, 'rule');
        return { kind: 'rule', ...style };
      }
      case 'image':
        return { kind: 'image', data: block.data, width: block.width, height: block.height };
      case 'pagebreak':
        return { kind: 'pagebreak' };
      case 'bottom':
        return { kind: 'bottom', boxes: toBoxes(block.blocks, model, fonts, measure) };
    }
  });
}
