// A .docx file's bytes → units, or the coded reason it cannot be read (nothing is inflated before
// the zip directory has been checked against the limits).
import { diag } from '../../diagnostics/make';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { SourceFlags, Unit } from '../intake/units';
import { mainPart, readDocument, type Package } from './document';
import { decodePart } from './xml';
import { LIMITS, openZip, ZipLimitError, type ZipFailure } from './zip-read';

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;

export function failureDiagnostic(f: ZipFailure, file: string): Diagnostic {
  switch (f.why) {
    case 'empty':
      return diag('JB165', file, null);
    case 'not-zip':
      return diag('JB166', file, null, { notZip: '' });
    case 'encrypted':
      return diag('JB167', file, null);
    case 'ole':
      return f.encrypted ? diag('JB167', file, null) : diag('JB166', file, null, { oldWord: '' });
    case 'too-big':
      return /^word\/media\//.test(f.entry)
        ? diag('JB169', file, null, { entry: f.entry, size: MB(f.size), limit: MB(f.limit) })
        : diag('JB168', file, null, { entry: f.entry, size: MB(f.size), limit: MB(f.limit) });
    case 'bomb':
      return diag('JB168', file, null, { entry: f.entry, size: MB(f.size), limit: `${LIMITS.ratio}:1` });
    case 'corrupt':
      return diag('JB166', file, null, { reason: f.reason });
  }
}

export type DocxRead = { ok: true; units: Unit[]; flags: SourceFlags } | { ok: false; diagnostic: Diagnostic };

export function readDocx(bytes: Buffer, file: string): DocxRead {
  const zip = openZip(bytes);
  if (!zip.ok) return { ok: false, diagnostic: failureDiagnostic(zip.failure, file) };
  try {
    const texts = new Map<string, string | undefined>();
    const media = new Map<string, Uint8Array>();
    // All pictures together are held in memory until written: the same cap as one read.
    let mediaBytes = 0;
    const pkg: Package = {
      // XML parts (each within the per-entry limit checked above) are read when first asked for.
      text: (name) => {
        if (!texts.has(name)) {
          const got = zip.entries.has(name) ? zip.read([name]).get(name) : undefined;
          texts.set(name, got ? decodePart(got) : undefined);
        }
        return texts.get(name);
      },
      bytes: (name) => {
        if (!media.has(name)) {
          mediaBytes += zip.entries.get(name)?.originalSize ?? 0;
          if (mediaBytes > LIMITS.totalBytes)
            throw new ZipLimitError({ why: 'too-big', entry: name, size: mediaBytes, limit: LIMITS.totalBytes });
          const got = zip.read([name]).get(name);
          if (got) media.set(name, got);
        }
        return media.get(name);
      },
    };
    if (!zip.entries.has(mainPart(pkg))) return { ok: false, diagnostic: diag('JB166', file, null, { noBody: '' }) };
    const content = readDocument(pkg);
    if (!content) return { ok: false, diagnostic: diag('JB166', file, null, { noBody: '' }) };
    return { ok: true, ...content };
  } catch (e) {
    if (e instanceof ZipLimitError) return { ok: false, diagnostic: failureDiagnostic(e.failure, file) };
    // Whatever else a damaged package makes the readers trip on is still a damaged package.
    return { ok: false, diagnostic: diag('JB166', file, null, { reason: e instanceof Error ? e.message : String(e) }) };
  }
}
