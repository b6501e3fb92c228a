// Checks that an output file is whole: a PDF is structurally complete (header, xref where
// startxref says, trailer, %%EOF) and a DOCX unzips with every XML part passing a strict XML
// parser. Cheap enough to run on every property-test case; the kill test adds a full PDF parse.
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { SaxesParser } from 'saxes';

/** Throws with the reason when `bytes` is not a complete PDF. */
export function assertCompletePdf(bytes: Buffer, name = 'pdf'): void {
  const head = bytes.subarray(0, 8).toString('latin1');
  if (!head.startsWith('%PDF-')) throw new Error(`${name}: no %PDF- header`);
  const tail = bytes.subarray(Math.max(0, bytes.length - 64)).toString('latin1');
  if (!/%%EOF\s*$/.test(tail)) throw new Error(`${name}: does not end with %%EOF`);
  const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(bytes.subarray(Math.max(0, bytes.length - 256)).toString('latin1'));
  if (!m) throw new Error(`${name}: no startxref`);
  const offset = Number(m[1]);
  if (bytes.subarray(offset, offset + 4).toString('latin1') !== 'xref')
    throw new Error(`${name}: startxref ${offset} does not point at the xref table`);
  if (!/trailer\s*<<[\s\S]*\/Root\s+\d+\s+0\s+R/.test(bytes.subarray(offset).toString('latin1')))
    throw new Error(`${name}: trailer has no /Root`);
}

/** Parses XML strictly (well-formedness, XML 1.0 characters); throws on the first error. */
export function assertStrictXml(xml: string, name: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let failure: Error | null = null;
  parser.on('error', (e) => {
    failure ??= new Error(`${name}: ${e.message}`);
  });
  parser.write(xml).close();
  if (failure) throw failure;
}

/** Unzips a DOCX and strictly parses every .xml and .rels part; returns how many were parsed. */
export function assertCompleteDocx(bytes: Buffer, name = 'docx'): number {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (e) {
    throw new Error(`${name}: does not unzip: ${(e as Error).message}`, { cause: e });
  }
  if (!entries['word/document.xml'] || !entries['[Content_Types].xml'])
    throw new Error(`${name}: missing word/document.xml or [Content_Types].xml`);
  let parsed = 0;
  for (const [part, data] of Object.entries(entries)) {
    if (!/\.(xml|rels)$/.test(part)) continue;
    assertStrictXml(strFromU8(data), `${name}:${part}`);
    parsed++;
  }
  return parsed;
}

/** Checks every file of an output folder: no temporary leftovers, each PDF and DOCX complete. */
export function assertOutputsComplete(dir: string): { pdf: number; docx: number; xmlParts: number } {
  const counts = { pdf: 0, docx: 0, xmlParts: 0 };
  if (!fs.existsSync(dir)) return counts;
  for (const f of fs.readdirSync(dir)) {
    const file = path.join(dir, f);
    if (f.endsWith('.tmp')) throw new Error(`temporary file left behind: ${f}`);
    const bytes = fs.readFileSync(file);
    if (f.endsWith('.pdf')) {
      assertCompletePdf(bytes, f);
      counts.pdf++;
    } else if (f.endsWith('.docx')) {
      counts.xmlParts += assertCompleteDocx(bytes, f);
      counts.docx++;
    }
  }
  return counts;
}
