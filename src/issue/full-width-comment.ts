// `source: 市科协学会部 ＃ 备注`: a comment typed with a full-width ＃, which YAML takes for text,
// so the note prints as part of the value. A warning at the ＃ (it may be meant as text); a
// `＃话题＃` (no space after the ＃) is text. Bodies are text by design and are not looked at.
import { Scalar } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import type { ParsedYaml } from '../source/parse-yaml';

const COMMENT = /\s＃(?=\s|$)/;

export function fullWidthComment(
  yaml: ParsedYaml,
  field: string,
  node: Scalar<string> & { range: [number, number, number] },
): Diagnostic | null {
  if (node.type !== Scalar.PLAIN) return null;
  const raw = yaml.text.slice(node.range[0], node.range[1]);
  const m = COMMENT.exec(raw);
  if (!m) return null;
  return diag('JB057', yaml.file, yaml.lines.linePos(node.range[0] + m.index + 1), { field });
}
