#!/usr/bin/env node
// `npm run page-images`: renders pages 1–2 of each sample to PNG under docs/images/, so a person
// can look at the typesetting (and the README shows it). Compiles dist/ first, renders the PDF
// in-process with the fonts the sample resolves to, and rasterises it with poppler's pdftoppm.
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'docs', 'images');
const SAMPLES = ['wenzhou-kexie-2022-04', 'feature-page-2021-06'];
const DPI = 72; // about 600 px wide: readable in a README, small in git

function main() {
  if (spawnSync('pdftoppm', ['-v']).error) {
    console.error('page-images: pdftoppm was not found. Install poppler (Debian/Ubuntu: apt-get install poppler-utils;');
    console.error('macOS: brew install poppler; Windows: choco install poppler) and run `npm run page-images` again.');
    return 1;
  }
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], {
      stdio: 'inherit',
    });
  } catch {
    console.warn('page-images: TypeScript reported errors (above); using what dist/ holds.');
  }
  const { compileIssue } = require(path.join(ROOT, 'dist', 'pipeline', 'compile-issue'));
  const { renderPdf } = require(path.join(ROOT, 'dist', 'render', 'pdf'));
  fs.mkdirSync(OUT, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-pages-'));
  return SAMPLES.reduce(async (previous, name) => {
    await previous;
    const compiled = compileIssue(path.join(ROOT, 'samples', `${name}.yaml`));
    if (!compiled.model) throw new Error(`${name}: ${JSON.stringify(compiled.diagnostics)}`);
    const pdf = path.join(tmp, `${name}.pdf`);
    fs.writeFileSync(pdf, await renderPdf(compiled.model));
    execFileSync('pdftoppm', ['-f', '1', '-l', '2', '-r', String(DPI), '-png', pdf, path.join(tmp, name)]);
    // pdftoppm pads page numbers to the document's page count (-1 or -01): give stable names.
    const made = fs
      .readdirSync(tmp)
      .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
      .sort();
    made.forEach((f, i) => {
      const target = `${name}-p${i + 1}.png`;
      fs.copyFileSync(path.join(tmp, f), path.join(OUT, target));
      console.log(`page-images: docs/images/${target}`);
    });
  }, Promise.resolve()).then(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
    return 0;
  });
}

Promise.resolve(main()).then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(`page-images: ${e.message}`);
    process.exitCode = 1;
  },
);
