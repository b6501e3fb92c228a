// The stand-ins of src/startup/lighter-deps.ts change when libraries are loaded, never what
// they compute: Node's inflate gives tiny-inflate's bytes, the Unicode tables built with it are
// the same, brotli, crypto-js, zod's translations and htmlparser2's feed reader still work when
// asked for, and a PDF built with the stand-ins is byte for byte the one built without them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { nativeInflate } from '../../src/startup/lighter-deps';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const tinyInflate: (source: Uint8Array, dest: Uint8Array) => Uint8Array = require('tiny-inflate');

const ROOT = path.resolve(__dirname, '..', '..');

describe('nativeInflate', () => {
  test('returns what tiny-inflate returns, for any data, level, trailer and destination size', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 4000 }),
        fc.integer({ min: 0, max: 9 }),
        fc.boolean(),
        fc.integer({ min: -20, max: 20 }),
        (data, level, trailer, slack) => {
          // Repeat part of the data so that matches (not only literals) are exercised.
          const input = Buffer.concat([Buffer.from(data), Buffer.from(data.subarray(0, data.length >> 1))]);
          let packed = zlib.deflateRawSync(input, { level });
          if (trailer) packed = Buffer.concat([packed, Buffer.from([1, 2, 3, 4])]); // like a zlib Adler-32
          const size = Math.max(0, input.length + slack);
          const theirs = tinyInflate(packed, new Uint8Array(size));
          const ours = nativeInflate(packed, new Uint8Array(size));
          expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
          expect(ours.length).toBe(theirs.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('fails on data that is not DEFLATE, as tiny-inflate does', () => {
    const junk = Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    expect(() => tinyInflate(junk, new Uint8Array(10))).toThrow();
    expect(() => nativeInflate(junk, new Uint8Array(10))).toThrow();
  });
});

/**
 * Runs `body` in a fresh Node process (jest's own module system bypasses Node's loader), with
 * the stand-ins installed unless `off`, and returns what it prints as JSON.
 */
function inNode(body: string, off = false): Record<string, unknown> {
  const script = `
    require(${JSON.stringify(path.join(ROOT, 'dist', 'startup', 'lighter-deps.js'))}).lightenDependencies();
    const out = {};
    ${body}
    process.stdout.write(JSON.stringify(out));`;
  const run = spawnSync(process.execPath, ['-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, JIANBAO_LIGHTER_DEPS: off ? '0' : '' },
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

test('the Unicode tables pdfkit and fontkit build at load are the same with Node inflating them', () => {
  const body = `
    const crypto = require('node:crypto');
    const props = require('unicode-properties');
    const LineBreaker = require('linebreak');
    const fontkit = require('fontkit');
    const h = crypto.createHash('sha1');
    for (let cp = 0; cp < 0x30000; cp++) h.update(props.getCategory(cp) + props.getScript(cp) + props.getEastAsianWidth(cp) + ',');
    out.properties = h.digest('hex');
    const text = '温州市科协（Wenzhou Association for Science & Technology）2022年第4期——“数字经济”…… naïve, co-operate.';
    const breaks = []; const lb = new LineBreaker(text); let b; while ((b = lb.nextBreak())) breaks.push(b.position + (b.required ? '!' : ''));
    out.breaks = breaks.join(' ');
    const font = fontkit.create(require('node:fs').readFileSync(require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf')));
    out.shaped = font.layout('Office effect —— fi … Müller').glyphs.map((g) => g.id).join(' ');
    out.loaded = Object.keys(require.cache).filter((f) => /node_modules[\\\\/](tiny-inflate|brotli|crypto-js)[\\\\/]/.test(f)).length;`;
  const light = inNode(body);
  const full = inNode(body, true);
  expect(light.properties).toBe(full.properties);
  expect(light.breaks).toBe(full.breaks);
  expect(light.shaped).toBe(full.shaped);
  expect(full.loaded).toBeGreaterThan(0);
  expect(light.loaded).toBe(0); // none of the three has been needed yet
});

test('brotli and crypto-js load when used, and compute what they did', () => {
  const light = inNode(`
    const Module = require('node:module');
    const fontkitModule = require.cache[require.resolve('fontkit')] ?? (require('fontkit'), require.cache[require.resolve('fontkit')]);
    const pdfkitModule = (require('pdfkit'), require.cache[require.resolve('pdfkit')]);
    const text = Buffer.from('本期要目 '.repeat(200));
    const decompress = Module._load('brotli/decompress.js', fontkitModule, false);
    out.brotliBefore = Object.keys(require.cache).some((f) => f.includes('brotli'));
    out.brotli = Buffer.from(decompress(require('node:zlib').brotliCompressSync(text), text.length)).equals(text);
    const CryptoJS = Module._load('crypto-js', pdfkitModule, false);
    out.md5 = CryptoJS.MD5('jianbao').toString();
    out.md5Modules = Object.keys(require.cache).filter((f) => f.includes('crypto-js')).length;
    out.sha256 = CryptoJS.SHA256('jianbao').toString();
    out.allModules = Object.keys(require.cache).filter((f) => f.includes('crypto-js')).length;`);
  expect(light.brotliBefore).toBe(false);
  expect(light.brotli).toBe(true);
  expect(light.md5).toBe(require('node:crypto').createHash('md5').update('jianbao').digest('hex'));
  expect(light.md5Modules).toBe(2); // core and md5
  expect(light.sha256).toBe(require('node:crypto').createHash('sha256').update('jianbao').digest('hex'));
  expect(light.allModules as number).toBeGreaterThan(30);
});

test('zod without its translations and htmlparser2 without its feed reader work as before, and load them when asked', () => {
  const body = `
    const z = require('zod');
    const issues = z.object({ n: z.number() }).safeParse({ n: 'x' }).error.issues;
    out.message = issues[0].message;
    const { parseDocument, DomUtils } = require('htmlparser2');
    const doc = parseDocument('<p class="a">温州 &amp; <span>科协</span></p>');
    out.tree = JSON.stringify(doc.children.map((c) => [c.name, c.attribs, c.children.length]));
    const loaded = (re) => Object.keys(require.cache).filter((f) => re.test(f)).length;
    out.before = [loaded(/zod[\\/]v4[\\/]locales[\\/](?!en\.cjs)/), loaded(/node_modules[\\/](domutils|dom-serializer)[\\/]/)];
    out.text = DomUtils.textContent(doc);
    out.german = typeof z.locales.de().localeError;
    out.keys = Object.keys(z.locales).length;
    out.after = [loaded(/zod[\\/]v4[\\/]locales[\\/](?!en\.cjs)/), loaded(/node_modules[\\/](domutils|dom-serializer)[\\/]/)];`;
  const light = inNode(body);
  const full = inNode(body, true);
  for (const key of ['message', 'tree', 'text', 'german', 'keys']) expect(light[key]).toEqual(full[key]);
  expect(light.text).toBe('温州 & 科协');
  expect(light.keys as number).toBeGreaterThan(40);
  expect(light.before).toEqual([0, 0]);
  expect((light.after as number[]).every((n) => n > 0)).toBe(true);
  expect((full.before as number[]).every((n) => n > 0)).toBe(true);
});

test('files built with the stand-ins are byte for byte the ones built without them', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-light-'));
  try {
    const build = (off: boolean) => {
      const out = path.join(work, off ? 'full' : 'light');
      const run = spawnSync(
        process.execPath,
        [path.join(ROOT, 'bin', 'jianbao'), 'build', path.join(ROOT, 'samples', 'feature-page-2021-06.yaml'), '--to', 'pdf,docx', '-o', out, '--force'],
        { encoding: 'utf8', env: { ...process.env, JIANBAO_LIGHTER_DEPS: off ? '0' : '', JIANBAO_COMPILE_CACHE: '0' } },
      );
      expect(run.status).toBe(0);
      return ['pdf', 'docx'].map((ext) => fs.readFileSync(path.join(out, `feature-page-2021-06.${ext}`)));
    };
    const [light, full] = [build(false), build(true)];
    expect(light[0].equals(full[0])).toBe(true);
    expect(light[1].equals(full[1])).toBe(true);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
