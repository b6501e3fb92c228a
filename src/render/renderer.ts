// What every output format's renderer is: the document model in, the file's bytes out. The model
// is the only input, so a renderer never reaches back into issues, templates or the command line.
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { DocumentModel } from '../model/model';

export interface RenderOptions {
  /** DOCX: embed each font, subset to the characters used (--embed-fonts). */
  embedFonts?: boolean;
  /** PDF: write PDF/A-2b for archives (--pdfa). */
  pdfa?: boolean;
  /** Receives warnings about what a renderer could not do (e.g. a font it could not embed). */
  diagnostics?: Diagnostic[];
  /** The issue file, which warnings about the whole issue name (the 公众号 split). */
  issueFile?: string;
  /** The output path without extension, for a format that names several files after it. */
  stem?: string;
  /** Work the renderers of one model share within one build (the PDF's layout, which the DOCX
   *  pins its pages to). */
  shared?: SharedWork;
}

/**
 * What one build's renderers compute from its model once between them: each result is kept under
 * the function that computed it, for this one model only (another model, e.g. the PDF/A copy with
 * its images converted, is computed afresh). Made anew for every model, so nothing outlives it.
 */
export class SharedWork {
  private readonly done = new Map<(model: DocumentModel) => unknown, unknown>();
  constructor(private readonly model: DocumentModel) {}

  of<T>(model: DocumentModel, compute: (model: DocumentModel) => T): T {
    if (model !== this.model) return compute(model);
    if (!this.done.has(compute)) this.done.set(compute, compute(model));
    return this.done.get(compute) as T;
  }
}

/** One output file: where it goes (from the output stem) and its bytes. */
export type OutputFile = [path: string, bytes: Buffer];

/** The bytes of the one file `${stem}.${extension}`, or every file a format writes (a 公众号 issue
 *  split in parts, with its photos beside them). */
export type Renderer = (model: DocumentModel, options: RenderOptions) => Promise<Buffer | OutputFile[]>;

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
  /** Laid out by jianbao in the bundled fonts through fontkit (a PDF, and a DOCX's line starts),
   *  so it needs the patches in patches/ applied (render/patches-applied.ts). */
  typeset: boolean;
  /** Loads the renderer on first use, so a build never pays for a format it does not write. */
  load(): Promise<Renderer>;
  /** After a successful write: removes what an earlier build of this format left that this one
   *  did not write again (only files of this format's own names). */
  tidy?(stem: string, written: readonly string[]): Promise<void>;
}
