// pdfkit 0.20 API that @types/pdfkit 0.17 does not declare (a structure element's Layout
// attributes), and what patches/pdfkit+0.20.2.patch adds (pdfkit has no public way to mark
// content inside a text object, where poppler needs an /ActualText span to be; see actual-text.ts).
declare namespace PDFKit.Mixins {
  interface TextOptions {
    /** Wraps the glyphs, inside their BT/ET, in a Span whose /ActualText is this text. */
    actualText?: string;
  }
  interface StructureElementOptions {
    /** [left, top, right, bottom] from the current page's top left; written as the Layout BBox. */
    bbox?: [number, number, number, number];
    placement?: 'Block' | 'Inline';
  }
}
