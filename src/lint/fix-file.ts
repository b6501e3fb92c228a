// `check --fix` for one file: applies the certain fixes to the source text as read and writes it
// back atomically, byte-for-byte the same elsewhere (a UTF-8 BOM is kept). Only UTF-8 files are
// rewritten: re-encoding a GB18030 or UTF-16 file is not a change the editor asked for.
import fs from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import { replaceEditedFile } from '../output/replace-edited';
import { writeFailure } from '../output/write-failure';
import { decodeAsRead, type Encoding } from '../source/read';
import { applyFixes } from './apply-fixes';

export interface FixFileResult {
  fixed: number;
  diagnostics: Diagnostic[];
}

export function fixFile(file: string, text: string, diagnostics: readonly Diagnostic[], encoding?: Encoding): FixFileResult {
  const mine = diagnostics.filter((d) => d.file === file && d.fixes?.length);
  if (mine.length === 0) return { fixed: 0, diagnostics: [] };
  if (encoding !== undefined && encoding !== 'utf-8') {
    return { fixed: 0, diagnostics: [diag('JB312', file, null, { reason: `--encoding ${encoding}` })] };
  }
  const result = applyFixes(text, mine);
  const original = fs.readFileSync(file);
  const bom = original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf ? '\uFEFF' : '';
  // The fixes were computed from `text` (decoded as read: a GBK file is re-saved as UTF-8, JB811);
  // a file saved since then keeps the editor's version.
  const now = decodeAsRead(original, file, encoding);
  if (!now.ok || now.text !== text) return { fixed: 0, diagnostics: [diag('JB702', file, null, { path: file })] };
  try {
    replaceEditedFile(file, original, Buffer.from(bom + result.text, 'utf8'));
  } catch (e) {
    return { fixed: 0, diagnostics: [writeFailure(file, e)] };
  }
  return { fixed: result.fixed.length, diagnostics: [] };
}
