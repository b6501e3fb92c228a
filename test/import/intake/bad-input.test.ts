// Bad contributions: each gets its own coded error with a hint, exit 1, no stack trace and nothing
// written; sizes are judged from the zip directory before anything is inflated.
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { openZip } from '../../../src/import/docx/zip-read';
import { runCli } from '../../helpers/run-cli';
import { centredTitle, docxOf, typed } from './make-docx';
import { tmp } from './intake-helpers';

/** Sets the central directory's uncompressed size of `entry` (what a forged or huge entry declares). */
function declareSize(zip: Uint8Array, entry: string, size: number): Buffer {
  const b = Buffer.from(zip);
  let at = b.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  while (at >= 0) {
    const name = b.toString('utf8', at + 46, at + 46 + b.readUInt16LE(at + 28));
    if (name === entry) b.writeUInt32LE(size, at + 24);
    at = b.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4);
  }
  return b;
}

async function importOne(name: string, bytes: Buffer | string, env: NodeJS.ProcessEnv = {}) {
  const dir = tmp('bad');
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const out = path.join(dir, 'out');
  const run = await runCli(['import', file, '-o', out], env, 'en');
  return { run, written: fs.existsSync(out) ? fs.readdirSync(out) : [] };
}

describe('jianbao import: bad contributions', () => {
  let good: Buffer;
  beforeAll(async () => {
    good = await docxOf([centredTitle('标题'), typed('正文。')]);
  });

  const expectRefused = (r: Awaited<ReturnType<typeof importOne>>, code: string, hint: RegExp) => {
    expect(r.run.code).toBe(1);
    expect(r.run.stderr).toContain(code);
    expect(r.run.stderr).toMatch(hint);
    expect(r.run.stderr).not.toMatch(/\bat .*\.[jt]s:\d+/);
    expect(r.written).toEqual([]);
  };

  it('a zero-byte file: JB165', async () => {
    expectRefused(await importOne('empty.docx', Buffer.alloc(0)), 'JB165', /save or download/);
  });

  it('a text file renamed .docx: JB166', async () => {
    expectRefused(await importOne('renamed.docx', '这不是 Word 文件。\n'), 'JB166', /not a zip package, perhaps a renamed file/);
    // In Chinese the reason is Chinese too (no English detail inside a Chinese message).
    const dir = tmp('bad-zh');
    fs.writeFileSync(path.join(dir, 'renamed.docx'), '这不是 Word 文件。\n');
    const zh = await runCli(['import', path.join(dir, 'renamed.docx'), '-o', path.join(dir, 'out')]);
    expect(zh.stderr).toContain('不是 zip 压缩包，可能是改了扩展名的文件');
    expect(zh.stderr).not.toMatch(/not a zip|renamed file\?/);
  });

  it('a truncated .docx: JB166', async () => {
    expectRefused(await importOne('cut.docx', good.subarray(0, Math.floor(good.length / 2))), 'JB166', /save as/);
  });

  it('a .docx whose document.xml is damaged inside: JB166', async () => {
    const b = Buffer.from(good);
    const at = b.indexOf('word/document.xml') + 'word/document.xml'.length;
    for (let i = at + 10; i < at + 200 && i < b.length; i++) b[i] ^= 0x5a;
    const r = await importOne('garbled.docx', b);
    expect(r.run.code).toBe(1);
    expect(r.run.stderr).toMatch(/JB16[36]/);
    expect(r.written).toEqual([]);
  });

  it('a password-protected .docx (an OLE package holding EncryptedPackage): JB167', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from('EncryptedPackage', 'utf16le'),
      Buffer.alloc(512),
    ]);
    expectRefused(await importOne('secret.docx', ole), 'JB167', /remove the password/);
  });

  it('a zip with an encrypted entry: JB167', async () => {
    const b = Buffer.from(good);
    const at = b.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    b.writeUInt16LE(b.readUInt16LE(at + 8) | 1, at + 8);
    expectRefused(await importOne('zipcrypto.docx', b), 'JB167', /password/);
  });

  it('a zip bomb (40 MB of zeros in a few KB): JB168, judged before inflating', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(40 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    const opened = openZip(Buffer.from(bomb));
    expect(opened.ok).toBe(false);
    expectRefused(await importOne('bomb.docx', Buffer.from(bomb)), 'JB168', /zip bomb/);
  });

  it('a 200 MB image inside: JB169 naming the image, from the directory alone', async () => {
    const zip = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>'), 'word/media/image1.png': new Uint8Array(1000) });
    const r = await importOne('photo.docx', declareSize(zip, 'word/media/image1.png', 200 * 1024 * 1024));
    expectRefused(r, 'JB169', /Compress Pictures/);
    expect(r.run.stderr).toContain('word/media/image1.png');
    expect(r.run.stderr).toContain('200 MB');
  });

  it('a forged small size cannot make an entry inflate past it', () => {
    const zip = zipSync({ 'word/document.xml': new Uint8Array(5 * 1024 * 1024).fill(32) });
    const opened = openZip(declareSize(zip, 'word/document.xml', 100));
    expect(opened.ok).toBe(true);
    if (opened.ok) expect(opened.read(['word/document.xml']).get('word/document.xml')!.length).toBe(100);
  });

  it('a .doc without LibreOffice: JB170 naming what to install or to save as .docx', async () => {
    const r = await importOne('old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), { PATH: '' });
    expectRefused(r, 'JB170', /install LibreOffice .*save as" \.docx/);
  });

  it('a file type it cannot read: JB186', async () => {
    expectRefused(await importOne('scan.pdf', '%PDF-1.4'), 'JB186', /\.docx/);
  });

  it('a document with no text: JB172', async () => {
    expectRefused(await importOne('blank.docx', await docxOf([typed('')])), 'JB172', /right file/);
  });
});
