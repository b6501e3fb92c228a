// Assembles a document model from a template's manifest: the one place that decides which parts
// of a manifest a renderer sees, for an issue and for the annual index alike.
import type { ResolvedManifest } from '../templates/manifest';
import type { Block, DocumentModel, FontFace, FontRole } from '../model/model';
import { fitMasthead } from './masthead-fit';
import { fontWidths } from './title-lines';

export function documentModel(
  manifest: ResolvedManifest,
  fonts: Record<FontRole, FontFace>,
  meta: DocumentModel['meta'],
  blocks: Block[],
): DocumentModel {
  const { page } = manifest;
  return {
    meta,
    page,
    fonts,
    // The publication's name fitted to one line (masthead-fit.ts); the manifest itself is shared.
    paragraphStyles: fitMasthead(blocks, manifest.paragraphStyles, page.width - page.marginInside - page.marginOutside, fontWidths(fonts)),
    ruleStyles: manifest.ruleStyles,
    pageNumbers: manifest.pageNumbers,
    grid: manifest.grid,
    punctuation: manifest.punctuation,
    hangingPunctuation: manifest.hangingPunctuation,
    ...(Object.keys(manifest.printColors).length > 0 ? { printColors: manifest.printColors } : {}),
    blocks,
  };
}
