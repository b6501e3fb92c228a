// What patches/pdfkit+0.20.2.patch adds to pdfkit's API (pdfkit has no public way to mark content
// inside a text object, where poppler needs an /ActualText span to be; see actual-text.ts).
declare namespace PDFKit.Mixins {
  interface TextOptions {
    /** Wraps the glyphs, inside their BT/ET, in a Span whose /ActualText is this text. */
    actualText?: string;
  }
}
