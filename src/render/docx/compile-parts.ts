// The package's parts as docx's compiler writes them, before any zip. Packer.toBuffer deflates
// every part, only for renderDocx to inflate them again, edit them and write its own container
// (reproducible-zip.ts). The compiler is the one Packer uses (private in docx's types, a plain
// static property at run time); should a docx release move it, the public Packer path gives the
// same parts, only slower.
import { Packer, type Document } from 'docx';
import { unzipSync } from 'fflate';
import type { Parts } from './package-fixups';
import { reusingParts, type ReusedPart } from './reused-parts';

type CompiledData = string | ArrayBufferView | ArrayBuffer;

export interface DocxCompiler {
  compile(file: Document): Map<string, CompiledData>;
  formatter?: { format(input: object, context?: unknown): unknown };
}

function packerCompiler(): DocxCompiler | null {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  return typeof compiler?.compile === 'function' ? (compiler as DocxCompiler) : null;
}

/** docx's own reading of a part's data when it zips (bytesOf in docx's zip util). */
function partOf(data: CompiledData): string | Uint8Array {
  if (typeof data === 'string') return data;
  return ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
}

/**
 * Every part of the package by name: XML parts as text, pictures and fonts as bytes. `reused`
 * names parts whose text this process may already have written for an equal key. Null when a
 * stand-in component's kept text could not be put in (reused-parts.ts).
 */
export async function documentParts(doc: Document, reused: readonly ReusedPart[] = [], compiler: DocxCompiler | null = packerCompiler()): Promise<Parts | null> {
  if (!compiler) return reused.some((p) => p.standIn) ? null : unzipSync(await Packer.toBuffer(doc));
  return reusingParts(compiler, reused, () => {
    const parts: Parts = {};
    for (const [name, data] of compiler.compile(doc)) parts[name] = partOf(data);
    return parts;
  });
}
