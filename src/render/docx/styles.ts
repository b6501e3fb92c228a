// Named styles: the model's paragraph and rule styles become Word paragraph styles, so the
// document carries no direct formatting an editor would have to fight. Restyling the issue in
// Word or WPS is then one edit per style, as it is in the template.
import { AlignmentType, BorderStyle, LineRuleType } from 'docx';
import type { IParagraphStyleOptions, IStylesOptions } from 'docx';
import type { Align, DocumentModel, FontRole, ParagraphStyle, RuleStyle } from '../../model/model';
import { borderEighths, halfPoints, hexColor, twips } from './units';
import {
  BOTTOM_ANCHOR_STYLE_ID,
  BOTTOM_ANCHOR_STYLE_NAME,
  IMAGE_STYLE_ID,
  IMAGE_STYLE_NAME,
  outlineLevel,
  paragraphStyleId,
  paragraphStyleName,
  ruleStyleId,
  ruleStyleName,
} from './style-ids';

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  // Word's "distributed except last line": what the model's justify means.
  justify: AlignmentType.BOTH,
} as const satisfies Record<Align, unknown>;

/** One family for Latin, East Asian and other text: a CJK run must not fall back to a theme font. */
export function fontFamilies(model: DocumentModel, role: FontRole) {
  const family = model.fonts[role].family;
  return { ascii: family, eastAsia: family, hAnsi: family, cs: family };
}

/**
 * Word snaps each ideograph of a grid style to one cell whatever its width, but LibreOffice gives
 * a character wider than its cell two cells (三号 16 pt on GB/T 9704's 15.79 pt cells), so grid
 * styles are tightened to just under the cell: same look in Word, 28 characters a line in both.
 */
export function characterSpacing(model: DocumentModel, s: ParagraphStyle): { characterSpacing?: number } {
  const gridTightening = model.grid && s.grid && s.size > model.grid.charPitch ? Math.floor((model.grid.charPitch - s.size) * 20) : 0;
  const spacing = twips(s.letterSpacing) + gridTightening;
  return spacing ? { characterSpacing: spacing } : {};
}

// Styles are based on no other style: each carries all of its template style, so restyling one
// (Normal, the body text, included) never changes another.
function paragraphStyle(model: DocumentModel, name: string, s: ParagraphStyle, tabAt?: number): IParagraphStyleOptions {
  const indentTwips = twips(s.indent * s.size);
  const hangingTwips = twips((s.hanging ?? 0) * s.size);
  const level = outlineLevel(model, name);
  return {
    id: paragraphStyleId(model, name),
    name: paragraphStyleName(name),
    quickFormat: true,
    run: {
      font: fontFamilies(model, s.font),
      size: halfPoints(s.size),
      sizeComplexScript: halfPoints(s.size),
      bold: s.bold,
      color: hexColor(s.color),
      ...characterSpacing(model, s),
      // Off the grid: a 二号 title on 三号 cells would be spread over two cells per character.
      ...(model.grid && !s.grid ? { snapToGrid: false } : {}),
    },
    paragraph: {
      alignment: ALIGNMENT[s.align],
      // firstLineChars keeps "two characters" true when an editor changes the size; firstLine is
      // the fallback for readers that ignore the *Chars form.
      ...(indentTwips > 0 && hangingTwips === 0 ? { indent: { firstLine: indentTwips, firstLineChars: Math.round(s.indent * 100) } } : {}),
      // A hanging indent: every line but the first starts `hanging` characters in, the first at `indent`.
      ...(hangingTwips > 0
        ? {
            indent: {
              left: hangingTwips,
              ...(indentTwips >= hangingTwips ? { firstLine: indentTwips - hangingTwips } : { hanging: hangingTwips - indentTwips }),
            },
          }
        : {}),
      spacing: {
        before: twips(s.spaceBefore),
        after: twips(s.spaceAfter),
        line: twips(s.lineHeight),
        lineRule: LineRuleType.EXACT,
      },
      keepNext: s.keepWithNext,
      // Word's navigation pane and TOC fields list paragraphs by outline level.
      ...(level !== undefined ? { outlineLevel: level } : {}),
      ...(tabAt !== undefined ? { rightTabStop: tabAt } : {}),
    },
  };
}

/** Points: the exact line height of a rule paragraph and of the 报尾 anchor. */
export const RULE_LINE_HEIGHT = 1;

/**
 * A rule paragraph's space before and after as written: the paragraph's own line (1 pt) comes out
 * of the space after (then before), so the paragraph is as tall as the PDF's rule (space, stroke,
 * space) and what follows it lands where it does in the PDF.
 */
export function ruleSpacing(r: RuleStyle): { before: number; after: number } {
  const fromAfter = Math.min(RULE_LINE_HEIGHT, r.spaceAfter);
  return { before: Math.max(0, r.spaceBefore - (RULE_LINE_HEIGHT - fromAfter)), after: r.spaceAfter - fromAfter };
}

/** A rule is an empty paragraph whose bottom border is the stroke; its line is kept tiny. */
function ruleStyle(name: string, r: RuleStyle): IParagraphStyleOptions {
  const { before, after } = ruleSpacing(r);
  return {
    id: ruleStyleId(name),
    name: ruleStyleName(name),
    run: { size: 2 },
    paragraph: {
      border: { bottom: { style: BorderStyle.SINGLE, size: borderEighths(r.thickness), color: hexColor(r.color), space: 0 } },
      spacing: { before: twips(before), after: twips(after), line: twips(RULE_LINE_HEIGHT), lineRule: LineRuleType.EXACT },
    },
  };
}

/** Images need automatic line height: an exact one would clip them to a single text line. */
const imageStyle: IParagraphStyleOptions = {
  id: IMAGE_STYLE_ID,
  name: IMAGE_STYLE_NAME,
  paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { line: 240, lineRule: LineRuleType.AUTO } },
};

/** The paragraph that anchors the 报尾 box: one point tall, so it never pushes text onto a new page. */
const bottomAnchorStyle: IParagraphStyleOptions = {
  id: BOTTOM_ANCHOR_STYLE_ID,
  name: BOTTOM_ANCHOR_STYLE_NAME,
  run: { size: 2 },
  paragraph: { spacing: { before: 0, after: 0, line: twips(RULE_LINE_HEIGHT), lineRule: LineRuleType.EXACT } },
};

/** Word matches style names ignoring case too: a name equal to an earlier one but for case gets its id. */
function uniqueNames(styles: IParagraphStyleOptions[]): IParagraphStyleOptions[] {
  const seen = new Set<string>();
  return styles.map((style) => {
    const name = style.name ?? style.id;
    const unique = seen.has(name.toLowerCase()) ? `${name} ${style.id}` : name;
    seen.add(unique.toLowerCase());
    return unique === name ? style : { ...style, name: unique };
  });
}

/**
 * All styles of the document. `tabbedStyles` are the styles of paragraphs that contain a tab:
 * they get a right tab stop at the type-area edge, so the text after the tab sits flush right.
 */
export function buildStyles(model: DocumentModel, tabbedStyles: ReadonlySet<string>): IStylesOptions {
  const { page } = model;
  const typeAreaWidth = twips(page.width - page.marginInside - page.marginOutside);
  const paragraphs = Object.entries(model.paragraphStyles).map(([name, s]) =>
    paragraphStyle(model, name, s, tabbedStyles.has(name) ? typeAreaWidth : undefined),
  );
  const rules = Object.entries(model.ruleStyles).map(([name, r]) => ruleStyle(name, r));
  const ids = new Set<string>();
  for (const { id } of [...paragraphs, ...rules, imageStyle, bottomAnchorStyle]) {
    // Word compares style ids ignoring case.
    if (ids.has(id.toLowerCase())) throw new Error(`DOCX style id "${id}" is defined twice`);
    ids.add(id.toLowerCase());
  }
  const body = model.paragraphStyles.body as ParagraphStyle | undefined;
  // Word measures the grid's character pitch from the default size: it must be the grid's size.
  const defaultSize = model.grid?.size ?? body?.size;
  return {
    default: {
      document: {
        // Paragraphs an editor adds in Word start in the body font (and the body size when the
        // template has a `body` style), with Chinese as their language.
        run: {
          font: fontFamilies(model, 'body'),
          ...(defaultSize ? { size: halfPoints(defaultSize), sizeComplexScript: halfPoints(defaultSize) } : {}),
          language: { value: 'en-US', eastAsia: 'zh-CN' },
        },
      },
    },
    paragraphStyles: uniqueNames([...paragraphs, ...rules, imageStyle, bottomAnchorStyle]),
  };
}
