// Assembles a document model from a template's manifest: the one place that decides which parts
// of a manifest a renderer sees, for an issue and for the annual index alike.
import type { ResolvedManifest } from '../templates/manifest';
import type { Block, DocumentModel, FontFace, FontRole } from '../model/model';

export function documentModel(
  manifest: ResolvedManifest,
  fonts: Record<FontRole, FontFace>,
  meta: DocumentModel['meta'],
  blocks: Block[],
): DocumentModel {
  return {
    meta,
    page: manifest.page,
    fonts,
    paragraphStyles: manifest.paragraphStyles,
    ruleStyles: manifest.ruleStyles,
    pageNumbers: manifest.pageNumbers,
    grid: manifest.grid,
    punctuation: manifest.punctuation,
    hangingPunctuation: manifest.hangingPunctuation,
    ...(Object.keys(manifest.printColors).length > 0 ? { printColors: manifest.printColors } : {}),
    blocks,
  };
}
