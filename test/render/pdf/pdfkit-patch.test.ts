// patches/pdfkit+0.20.2.patch (applied by `npm install` through patch-package): pdfkit loads AES
// only for an encrypted document and its line breaker only for text it wraps itself, instead of
// in every process; jianbao does neither, so a build loads neither.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '../../..');

function loadedAfter(script: string): string[] {
  const probe = [
    "const PDFDocument = require('pdfkit');",
    script,
    "console.log(JSON.stringify(Object.keys(require.cache).filter((k) => /[\\\\/](@noble[\\\\/]ciphers|linebreak)[\\\\/]/.test(k)).map((k) => k.includes('linebreak') ? 'linebreak' : 'aes').filter((v, i, a) => a.indexOf(v) === i).sort()));",
  ].join('\n');
  return JSON.parse(execFileSync(process.execPath, ['-e', probe], { cwd: ROOT, encoding: 'utf8' })) as string[];
}

test('a document that is neither encrypted nor wrapped by pdfkit loads neither AES nor the line breaker', () => {
  expect(loadedAfter('const d = new PDFDocument({ font: null }); d.addPage(); d.end();')).toEqual([]);
});

test('they load, and work, when a document needs them', () => {
  const script = [
    "const d = new PDFDocument({ pdfVersion: '1.7ext3', userPassword: 'x' });",
    "d.text('one two three four five six seven eight', { width: 40 });",
    'd.end();',
  ].join('\n');
  expect(loadedAfter(script)).toEqual(['aes', 'linebreak']);
});
