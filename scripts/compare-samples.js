#!/usr/bin/env node
// Before/after check for renderer changes: builds both samples (PDF, DOCX, DOCX with embedded
// fonts) with dist/ into a folder and writes a summary beside them: the sha256 of every file,
// and for each PDF what a reader sees (page count, each text item with its position and its font
// without the subset tag, the subsets embedded). A dependency upgrade may change PDF bytes
// legitimately (producer, object order); the summary then says whether the page did not change.
//   node scripts/compare-samples.js build DIR     build and summarise into DIR/summary.json
//   node scripts/compare-samples.js summarise DIR outputs already there (e.g. from main's dist)
//   node scripts/compare-samples.js diff A B      compare two summaries; exit 1 when they differ
'use strict';
const { execFileSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const SAMPLES = ['samples/wenzhou-kexie-2022-04.yaml', 'samples/feature-page-2021-06.yaml'];

function jianbao(args) {
  execFileSync(process.execPath, [path.join(root, 'bin/jianbao'), ...args], {
    cwd: root,
    env: { ...process.env, JIANBAO_SERVER: '0' },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
}

function pdfView(file) {
  const out = execFileSync(process.execPath, [path.join(root, 'test/helpers/pdf-extract.mjs')], {
    input: fs.readFileSync(file),
    maxBuffer: 1 << 26,
  });
  const pages = JSON.parse(out.toString('utf8'));
  const latin1 = fs.readFileSync(file).toString('latin1');
  const fonts = [...new Set([...latin1.matchAll(/\/FontName\s*\/([^\s/<>[\]()]+)/g)].map((m) => m[1]))];
  const round = (n) => Math.round(n * 100) / 100;
  return {
    pages: pages.length,
    subsets: fonts.map((name) => (/^[A-Z]{6}\+/.test(name) ? 'SUBSET+' + name.slice(7) : name)).sort(),
    items: pages.map((p) => p.items.map((i) => `${round(i.x)},${round(i.y)} ${i.fontName.replace(/^[A-Z]{6}\+/, '')} ${i.text}`)),
  };
}

function build(dir) {
  for (const sub of ['plain', 'embed']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  for (const sample of SAMPLES) {
    jianbao(['build', sample, '-o', path.join(dir, 'plain'), '--to', 'pdf,docx', '--force', '-j', '1']);
    jianbao(['build', sample, '-o', path.join(dir, 'embed'), '--to', 'docx', '--embed-fonts', '--force', '-j', '1']);
  }
  return summarise(dir);
}

/** Summarises the outputs already in DIR/plain and DIR/embed (e.g. kept from an older build). */
function summarise(dir) {
  const summary = {};
  for (const sub of ['plain', 'embed']) {
    for (const name of fs.readdirSync(path.join(dir, sub)).sort()) {
      const file = path.join(dir, sub, name);
      const entry = { sha256: createHash('sha256').update(fs.readFileSync(file)).digest('hex') };
      if (name.endsWith('.pdf')) entry.view = pdfView(file);
      summary[`${sub}/${name}`] = entry;
    }
  }
  fs.writeFileSync(path.join(dir, 'summary.json'), JSON.stringify(summary, null, 1));
  return summary;
}

function diff(a, b) {
  const before = JSON.parse(fs.readFileSync(path.join(a, 'summary.json'), 'utf8'));
  const after = JSON.parse(fs.readFileSync(path.join(b, 'summary.json'), 'utf8'));
  let differs = false;
  for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const x = before[name];
    const y = after[name];
    if (!x || !y) {
      console.log(`${name}: only in ${x ? a : b}`);
      differs = true;
    } else if (x.sha256 === y.sha256) {
      console.log(`${name}: identical bytes`);
    } else if (x.view && JSON.stringify(x.view) === JSON.stringify(y.view)) {
      console.log(`${name}: bytes differ; pages (${y.view.pages}), text, positions and font subsets identical`);
    } else {
      differs = true;
      console.log(`${name}: DIFFERS`);
      if (x.view && y.view) {
        if (x.view.pages !== y.view.pages) console.log(`  pages ${x.view.pages} -> ${y.view.pages}`);
        if (JSON.stringify(x.view.subsets) !== JSON.stringify(y.view.subsets))
          console.log(`  fonts ${x.view.subsets} -> ${y.view.subsets}`);
        x.view.items.forEach((items, p) => {
          const other = y.view.items[p] ?? [];
          const n = Math.max(items.length, other.length);
          for (let i = 0, shown = 0; i < n && shown < 5; i++) {
            if (items[i] !== other[i]) {
              console.log(`  page ${p + 1} item ${i}: ${items[i]}\n                -> ${other[i]}`);
              shown++;
            }
          }
        });
      }
    }
  }
  return differs ? 1 : 0;
}

const [command, ...args] = process.argv.slice(2);
if (command === 'build' && args.length === 1) build(path.resolve(args[0]));
else if (command === 'summarise' && args.length === 1) summarise(path.resolve(args[0]));
else if (command === 'diff' && args.length === 2) process.exitCode = diff(...args.map((d) => path.resolve(d)));
else {
  console.error('usage: compare-samples.js build DIR | summarise DIR | diff BEFORE AFTER');
  process.exitCode = 2;
}
