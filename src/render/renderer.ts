// What every output format's renderer is: the document model in, the file's bytes out. The model
// is the only input, so a renderer never reaches back into issues, templates or the command line.
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { DocumentModel } from '../model/model';

export interface RenderOptions {
  /** DOCX: embed each font, subset to the characters used (--embed-fonts). */
  embedFonts?: boolean;
  /** Receives warnings about what a renderer could not do (e.g. a font it could not embed). */
  diagnostics?: Diagnostic[];
}

export type Renderer = (model: DocumentModel, options: RenderOptions) => Promise<Buffer>;

export interface OutputFormat {
  /** What `--to` and the series config's output.formats call it. */
  name: string;
  /** Appended to the output stem after a dot; may itself hold dots (`wechat.html`). */
  extension: string;
  /** Built when neither `--to` nor output.formats names the formats. */
  isDefault: boolean;
  /** Every character is checked against the fonts the file embeds (JB3xx), as a PDF needs: a
   *  format shown in the reader's own fonts (Word, a browser) does not. */
  glyphCheck: boolean;
  /** Loads the renderer on first use, so a build never pays for a format it does not write. */
  load(): Promise<Renderer>;
}
