#!/usr/bin/env node
// Render speed of the sample in two settings, medians of several runs (needs `npm run build`):
// a fresh process (`jianbao build --to pdf`, as an editor runs it once), and warm, in one process
// after 20 builds (as `watch` or a batch worker runs): compile + render, and the render alone.
//   node scripts/measure-render.js [ROOT]   ROOT: another checkout's built tree, to compare
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
const sample = path.join(root, 'samples', 'wenzhou-kexie-2022-04.yaml');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-measure-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (s) => `${(s * 1000).toFixed(1)} ms`;

function fresh(to, runs = 7) {
  const times = [];
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [path.join(root, 'bin/jianbao'), 'build', sample, '--to', to, '-o', out, '--force', '-j', '1'], {
      env: { ...process.env, JIANBAO_SERVER: '0', CI: '1' },
      stdio: 'ignore',
    });
    if (r.status !== 0) throw new Error(`build --to ${to} failed (${r.status})`);
    if (i > 0) times.push(Number(process.hrtime.bigint() - start) / 1e9); // the first run warms the disk cache
  }
  return median(times);
}

async function warm(fn, warmup = 20, runs = 15) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return median(times);
}

async function main() {
  console.log(`root ${root}, node ${process.version}`);
  console.log(`fresh process, sample → PDF:         ${ms(fresh('pdf'))}`);
  console.log(`fresh process, sample → DOCX:        ${ms(fresh('docx'))}`);
  console.log(`fresh process, sample → PDF + DOCX:  ${ms(fresh('pdf,docx'))}`);
  const { compileIssue } = require(path.join(root, 'dist/pipeline/compile-issue'));
  const { renderFormat } = require(path.join(root, 'dist/pipeline/render'));
  const model = compileIssue(sample).model;
  console.log(`warm, compile + render PDF:          ${ms(await warm(() => renderFormat(compileIssue(sample).model, 'pdf')))}`);
  console.log(`warm, render PDF only:               ${ms(await warm(() => renderFormat(model, 'pdf')))}`);
  console.log(`warm, compile + render DOCX:         ${ms(await warm(() => renderFormat(compileIssue(sample, { glyphCheck: false }).model, 'docx')))}`);
  console.log(`warm, render DOCX only:              ${ms(await warm(() => renderFormat(model, 'docx')))}`);
  fs.rmSync(out, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
