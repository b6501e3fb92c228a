// One contribution file → an article draft or a page of briefs (or "a whole issue": the text
// importer's job). Picks the reader by extension; nothing is written here.
import fs from 'node:fs';
import path from 'node:path';
import { diag } from '../../diagnostics/make';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { readSource, type Encoding } from '../../source/read';
import { readDocx } from '../docx/read-docx';
import { importText } from '../import-text';
import { looksLikeBriefs, readBriefsPage, type BriefsPage } from './briefs-page';
import type { ArticleDraft } from './draft';
import { lostEqTexts } from './doc-eq-fields';
import { convertToDocx, CONVERTIBLE, findSoffice } from './libreoffice';
import { shapeArticle, titleShaped } from './shape';
import { textUnits } from './text-units';
import type { SourceFlags, Unit } from './units';
import { readWordIssue } from '../word-issue/read-issue';
import type { WordIssue } from '../word-issue/shape-issue';

/** Above this a contribution is not read at all (its zip directory would be checked next). */
export const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;

export type Intake =
  | { kind: 'article'; draft: ArticleDraft }
  | { kind: 'briefs'; page: BriefsPage }
  | { kind: 'issue' }
  | { kind: 'wordIssue'; issue: WordIssue }
  | { kind: 'failed'; diagnostics: Diagnostic[]; text?: string };

export interface IntakeOptions {
  encoding?: Encoding;
  env: NodeJS.ProcessEnv;
  /** Whole-issue text is allowed (plain `import`); with --to/--from it is refused. */
  wholeIssue: boolean;
}

export const TEXT_EXTS = new Set(['.txt', '.md', '.markdown', '.text']);
/** The same package format as .docx (macro-enabled, templates): read directly. */
export const DOCX_EXTS = new Set(['.docx', '.docm', '.dotx', '.dotm']);

/** Spreadsheets and presentations (WPS 表格/演示, Excel, PowerPoint): their words reach a bulletin
 *  by way of a text document, and the message says how. */
const SHEETS = new Set(['.et', '.ett', '.xls', '.xlsx', '.xlsm', '.ods']);
const SLIDES = new Set(['.dps', '.dpt', '.ppt', '.pptx', '.odp']);

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** '.doc' or '.rtf' when the bytes are that (and not an encrypted package), else null. */
function realFormat(bytes: Buffer): string | null {
  if (bytes.subarray(0, 8).equals(OLE) && !bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))) return '.doc';
  if (bytes.subarray(0, 5).toString('latin1') === '{\\rtf') return '.rtf';
  return null;
}

function readIfSmall(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined; // the conversion reports an unreadable file
  }
}

async function wordUnits(
  file: string,
  env: NodeJS.ProcessEnv,
): Promise<{ units: Unit[]; flags: SourceFlags } | { diagnostic: Diagnostic }> {
  const ext = path.extname(file).toLowerCase();
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { diagnostic: diag('JB001', file, null, { path: file }) };
  }
  if (stat.size > MAX_DOCUMENT_BYTES)
    return {
      diagnostic: diag('JB168', file, null, {
        entry: path.basename(file),
        size: `${Math.round(stat.size / 1048576)} MB`,
        limit: `${MAX_DOCUMENT_BYTES / 1048576} MB`,
      }),
    };
  let bytes: Buffer;
  // A Word 97–2003 file's own bytes, to look for what its conversion lost (doc-eq-fields.ts).
  let original: Buffer | undefined;
  if (DOCX_EXTS.has(ext) || !CONVERTIBLE.has(ext) || stat.size === 0) {
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      return { diagnostic: diag('JB002', file, null, { path: file, reason: (e as NodeJS.ErrnoException).code ?? String(e) }) };
    }
  } else {
    original = readIfSmall(file);
    const converted = await convertToDocx(file, env);
    if (!converted.ok) return { diagnostic: converted.diagnostic };
    bytes = converted.bytes;
  }
  // Word 97–2003 or RTF content under a .docx name (a "save as" gone wrong): LibreOffice reads it.
  const really = realFormat(bytes);
  if (really && (DOCX_EXTS.has(ext) || !CONVERTIBLE.has(ext)) && findSoffice(env)) {
    original = bytes;
    const converted = await convertToDocx(file, env, undefined, really);
    if (!converted.ok) return { diagnostic: converted.diagnostic };
    bytes = converted.bytes;
  }
  const read = readDocx(bytes, file);
  if (!read.ok) return { diagnostic: read.diagnostic };
  if (bytes !== original && original?.subarray(0, 8).equals(OLE)) {
    const lost = lostEqTexts(original, read.units.map((u) => u.text).join('\n'));
    if (lost.length) read.flags.lostEq = lost;
  }
  return { units: read.units, flags: read.flags };
}

export async function intakeFile(file: string, opts: IntakeOptions): Promise<Intake> {
  const ext = path.extname(file).toLowerCase();
  let units: Unit[];
  let flags: SourceFlags = {};
  let text: string | undefined;
  if (DOCX_EXTS.has(ext) || CONVERTIBLE.has(ext)) {
    const got = await wordUnits(file, opts.env);
    if ('diagnostic' in got) return { kind: 'failed', diagnostics: [got.diagnostic] };
    ({ units, flags } = got);
  } else if (TEXT_EXTS.has(ext)) {
    const read = readSource(file, opts.encoding);
    if (!read.ok) return { kind: 'failed', diagnostics: [read.diagnostic] };
    text = read.text;
    if (ext !== '.md' && ext !== '.markdown' && importText(read.text).ok) {
      return opts.wholeIssue ? { kind: 'issue' } : { kind: 'failed', diagnostics: [diag('JB187', file, null)], text };
    }
    units = textUnits(read.text, ext === '.md' || ext === '.markdown');
  } else if (SHEETS.has(ext) || SLIDES.has(ext))
    return { kind: 'failed', diagnostics: [diag('JB073', file, null, { ext, ...(SHEETS.has(ext) ? { sheet: '' } : { slides: '' }) })] };
  else return { kind: 'failed', diagnostics: [diag('JB186', file, null, { ext: ext || path.basename(file) })] };
  if (!units.some((u) => u.kind !== 'photo')) return { kind: 'failed', diagnostics: [diag('JB172', file, null)], text };
  const fileStem = path.basename(file).replace(/\.[^.]*$/, '');
  // A whole back issue in Word (masthead, 要目, several titled articles): the issue importer's, as for text.
  const issue = text === undefined ? readWordIssue(units, flags, fileStem) : null;
  if (issue) return opts.wholeIssue ? { kind: 'wordIssue', issue } : { kind: 'failed', diagnostics: [diag('JB187', file, null)] };
  if (looksLikeBriefs(units)) return { kind: 'briefs', page: readBriefsPage(units) };
  // A text file has no formatting to tell a title by: without a title line it is not an article.
  if (text !== undefined && units[0].styleLevel !== 0 && !titleShaped(units[0].text))
    return { kind: 'failed', diagnostics: [diag('JB150', file, null)], text };
  return { kind: 'article', draft: shapeArticle(units, { fileStem, flags }) };
}
