// fontkit parses a font lazily: a truncated .ttf/.otf opens fine and fails only when a glyph is
// drawn, deep inside the renderer. Checking the table directory up front (every table lies
// inside the file, the tables a renderer needs are there) turns that into a font diagnostic.
const REQUIRED = ['cmap', 'head', 'hhea', 'hmtx', 'maxp'];

function faceProblem(bytes: Buffer, start: number): string | null {
  if (start + 12 > bytes.length) return 'cut off before its table directory';
  const numTables = bytes.readUInt16BE(start + 4);
  if (start + 12 + numTables * 16 > bytes.length) return 'cut off inside its table directory';
  const tags = new Set<string>();
  for (let i = 0; i < numTables; i++) {
    const record = start + 12 + i * 16;
    const tag = bytes.toString('latin1', record, record + 4);
    const offset = bytes.readUInt32BE(record + 8);
    const length = bytes.readUInt32BE(record + 12);
    if (offset + length > bytes.length) return `table ${tag.trim()} ends past the end of the file (cut off?)`;
    tags.add(tag);
  }
  const missing = REQUIRED.filter((t) => !tags.has(t));
  if (!(tags.has('glyf') && tags.has('loca')) && !tags.has('CFF ') && !tags.has('CFF2')) missing.push('glyf/CFF');
  return missing.length ? `missing table ${missing.join(', ')}` : null;
}

/** Why the bytes are not a whole TrueType/OpenType font or collection; null when they are (or
 *  when they are another container fontkit reads, such as WOFF, left to fontkit). */
export function sfntProblem(bytes: Buffer): string | null {
  if (bytes.length < 12) return 'too short to be a font';
  const signature = bytes.toString('latin1', 0, 4);
  if (signature === 'wOFF' || signature === 'wOF2') return null;
  if (signature === 'ttcf') {
    const count = bytes.readUInt32BE(8);
    if (12 + count * 4 > bytes.length) return 'cut off inside its collection header';
    for (let i = 0; i < count; i++) {
      const problem = faceProblem(bytes, bytes.readUInt32BE(12 + i * 4));
      if (problem) return `face ${i + 1}: ${problem}`;
    }
    return null;
  }
  const version = bytes.readUInt32BE(0);
  if (version !== 0x00010000 && signature !== 'OTTO' && signature !== 'true') return 'not a TrueType or OpenType font';
  return faceProblem(bytes, 0);
}
