// Owns the step from model blocks to boxes: paragraphs are laid out into lines, rules and
// images get their sizes; styles are resolved here so later stages never look them up.
import type { Block, DocumentModel, ParagraphStyle, PunctuationCompression, RuleStyle } from '../../model/model';
import { layoutParagraph, type Fonts, type Setting } from './paragraph';
import { layoutTable, TABLE_BORDER } from './table';
import type { Box } from './types';

function lookup<T>(table: Record<string, T>, name: string, what: string): T {
  const found = table[name];
  if (!found) throw new Error(`the document model has no ${what} style "${name}"`);
  return found;
}

/** The model's compression, or the default: none on the grid (as Word sets it), else consecutive. */
export function compressionOf(model: DocumentModel): PunctuationCompression {
  return model.punctuation ?? (model.grid ? 'none' : 'consecutive');
}

/** Hanging punctuation as the model sets it, or the default: on in grid mode (as Word's
 * overflowPunct is by default), off in proportional layout (most Chinese books do not hang). */
export function hangingOf(model: DocumentModel): boolean {
  return model.hangingPunctuation ?? Boolean(model.grid);
}

export function toBoxes(blocks: Block[], model: DocumentModel, fonts: Fonts, measure: number): Box[] {
  return blocks.map((block): Box => {
    switch (block.kind) {
      case 'paragraph': {
        const declared: ParagraphStyle = lookup(model.paragraphStyles, block.style, 'paragraph');
        const grid = model.grid && declared.grid ? model.grid : null;
        // On the grid the line pitch replaces the style's line height, so baselines line up.
        const style = grid ? { ...declared, lineHeight: grid.linePitch } : declared;
        const setting: Setting = { pitch: grid?.charPitch ?? null, compression: compressionOf(model), hang: hangingOf(model) };
        return {
          kind: 'lines',
          lines: layoutParagraph(block, style, fonts, measure, setting),
          spaceBefore: style.spaceBefore,
          spaceAfter: style.spaceAfter,
          keepWithNext: style.keepWithNext,
          style: block.style,
          ...(grid ? { snap: grid.linePitch } : {}),
        };
      }
      case 'rule': {
        const style: RuleStyle = lookup(model.ruleStyles, block.style, 'rule');
        return { kind: 'rule', ...style };
      }
      case 'image':
        return { kind: 'image', data: block.data, width: block.width, height: block.height };
      case 'table': {
        const style = lookup(model.paragraphStyles, block.style, 'paragraph');
        // Cells are set proportionally (a column is no multiple of the grid's cells); the table
        // itself starts on a line of the baseline grid.
        const { widths, rows } = layoutTable(block, style, fonts, measure - TABLE_BORDER, {
          pitch: null,
          compression: compressionOf(model),
        });
        const gap = style.lineHeight / 4;
        return {
          kind: 'table',
          widths,
          rows,
          color: style.color,
          spaceBefore: Math.max(gap, style.spaceBefore),
          spaceAfter: Math.max(gap, style.spaceAfter),
          ...(model.grid ? { snap: model.grid.linePitch } : {}),
        };
      }
      case 'pagebreak':
        return { kind: 'pagebreak' };
      case 'bottom':
        return { kind: 'bottom', boxes: toBoxes(block.blocks, model, fonts, measure) };
    }
  });
}
