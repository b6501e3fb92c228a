#!/usr/bin/env node
// Render speed of the sample in two settings, medians of several runs (needs `npm run build`):
// a fresh process (`jianbao build --to pdf`, as an editor runs it once), and warm, in one process
// after 20 builds (as `watch` or a batch worker runs): compile + render, and the render alone.
// Each figure is wall time and CPU time (user + system): on a shared machine the CPU time is the
// steadier one.
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
const ms = ([wall, cpu]) => `${(wall * 1000).toFixed(1)} ms wall, ${(cpu * 1000).toFixed(1)} ms CPU`;
// A fresh process reports its own CPU time at exit through this preload.
const cpuFile = path.join(out, 'cpu');
const preload = path.join(out, 'cpu-at-exit.js');
fs.writeFileSync(
  preload,
  `process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeFileSync(${JSON.stringify(cpuFile)}, String((u.user + u.system) / 1e6)); });`,
);

function fresh(to, runs = 7) {
  const walls = [];
  const cpus = [];
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(
      process.execPath,
      ['-r', preload, path.join(root, 'bin/jianbao'), 'build', sample, '--to', to, '-o', out, '--force', '-j', '1'],
      {
        env: { ...process.env, JIANBAO_SERVER: '0', CI: '1' },
        stdio: 'ignore',
      },
    );
    if (r.status !== 0) throw new Error(`build --to ${to} failed (${r.status})`);
    if (i === 0) continue; // the first run warms the disk cache
    walls.push(Number(process.hrtime.bigint() - start) / 1e9);
    cpus.push(Number(fs.readFileSync(cpuFile, 'utf8')));
  }
  return [median(walls), median(cpus)];
}

async function warm(fn, warmup = 20, runs = 15) {
  for (let i = 0; i < warmup; i++) await fn();
  const walls = [];
  const cpus = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(cpu);
    walls.push(Number(process.hrtime.bigint() - start) / 1e9);
    cpus.push((used.user + used.system) / 1e6);
  }
  return [median(walls), median(cpus)];
}

async function main() {
  console.log(`root ${root}, node ${process.version}`);
  console.log(`fresh process, sample → PDF:         ${ms(fresh('pdf'))}`);
  console.log(`fresh process, sample → DOCX:        ${ms(fresh('docx'))}`);
  console.log(`fresh process, sample → PDF + DOCX:  ${ms(fresh('pdf,docx'))}`);
  const { compileIssue } = require(path.join(root, 'dist/pipeline/compile-issue'));
  const { renderFormat } = require(path.join(root, 'dist/render/registry'));
  const model = compileIssue(sample).model;
  console.log(`warm, compile + render PDF:          ${ms(await warm(() => renderFormat(compileIssue(sample).model, 'pdf')))}`);
  console.log(`warm, render PDF only:               ${ms(await warm(() => renderFormat(model, 'pdf')))}`);
  console.log(
    `warm, compile + render DOCX:         ${ms(await warm(() => renderFormat(compileIssue(sample, { glyphCheck: false }).model, 'docx')))}`,
  );
  console.log(`warm, render DOCX only:              ${ms(await warm(() => renderFormat(model, 'docx')))}`);
  fs.rmSync(out, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
