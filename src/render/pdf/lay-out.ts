// The model laid out as the PDF sets it: fonts opened per role, blocks turned into boxes (box i
// is block i) and the boxes paginated. One function for the renderer, the layout explanation and
// the DOCX's page starts, so all three read the same pages.
import { openFont } from '../../fonts/open-font';
import { FONT_ROLES, type DocumentModel } from '../../model/model';
import { toBoxes } from './boxes';
import { layoutPages, type LaidOutPage } from './paginate';
import type { Fonts } from './paragraph';
import type { Box } from './types';
import type { SharedWork } from '../renderer';

export interface PdfLayout {
  fonts: Fonts;
  /** Width and height of the type area, in points. */
  measure: number;
  areaHeight: number;
  boxes: Box[];
  pages: LaidOutPage[];
}

export function openFonts(model: DocumentModel): Fonts {
  return Object.fromEntries(FONT_ROLES.map((role) => [role, openFont(model.fonts[role])])) as Fonts;
}

/** The layout of `model`, computed once per build when the build shares its work. */
export function sharedLayout(model: DocumentModel, shared: SharedWork | undefined): PdfLayout {
  return shared ? shared.of(model, layOutPdf) : layOutPdf(model);
}

export function layOutPdf(model: DocumentModel): PdfLayout {
  const fonts = openFonts(model);
  const { page } = model;
  const measure = page.width - page.marginInside - page.marginOutside;
  const areaHeight = page.height - page.marginTop - page.marginBottom;
  const boxes = toBoxes(model.blocks, model, fonts, measure);
  return { fonts, measure, areaHeight, boxes, pages: layoutPages(boxes, measure, areaHeight) };
}
