// GB18030 (GBK) bytes of a text, as Notepad's "ANSI" saves it on a Chinese Windows. Node has no
// GB18030 encoder, so the two-byte codes are looked up from TextDecoder's own table.
let table: Map<string, number[]> | null = null;

function gbkTable(): Map<string, number[]> {
  if (table) return table;
  const decoder = new TextDecoder('gb18030');
  table = new Map();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.from([hi, lo]));
      if ([...ch].length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  return table;
}

/** Throws on a character outside GBK's two-byte range, so a test never encodes a `?` by accident. */
export function gbk(text: string): Buffer {
  const codes = gbkTable();
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const code = codes.get(ch);
      if (!code) throw new Error(`no GBK code for ${ch}`);
      bytes.push(...code);
    }
  }
  return Buffer.from(bytes);
}
