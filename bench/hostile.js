#!/usr/bin/env node
// Runs the hostile-input corpus (test/security/hostile-cases.js) through the real CLI and prints a
// markdown table of wall time and peak RSS per case, with the issue #26 budgets (5 s, 500 MB)
// marked. `npm run bench` appends it to docs/benchmarks.md (BENCH_HOSTILE=0 leaves it out);
// standalone: `node bench/hostile.js` after `npm run build`.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { CASES } = require('../test/security/hostile-cases.js');

const BIN = path.join(__dirname, '..', 'bin', 'jianbao');
const PRELOAD = path.join(__dirname, 'rss-preload.js');
const BUDGET_S = 5;
const BUDGET_MB = 500;

/** The table's lines, one row per hostile case. */
function hostileTable() {
  const rows = [];
  for (const c of CASES) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `jb-hostile-bench-${c.name}-`));
    const rssFile = path.join(dir, '.rss');
    try {
      const { args } = c.setup(dir);
      const started = process.hrtime.bigint();
      const run = spawnSync(process.execPath, ['-r', PRELOAD, BIN, ...args], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, JIANBAO_SERVER: '0', JIANBAO_DEBUG: '', BENCH_RSS_FILE: rssFile },
      });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const rss = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) / 1048576 : NaN;
      const ok = run.status === c.code && c.expect.test(`${run.stdout}${run.stderr}`);
      const within = seconds <= BUDGET_S && rss <= BUDGET_MB;
      rows.push(
        `| ${c.name} | ${c.class} | ${run.status ?? run.signal} | ${ok ? 'yes' : 'NO'} | ${seconds.toFixed(2)} | ${Number.isNaN(rss) ? '?' : rss.toFixed(0)} | ${within ? 'yes' : 'NO'} |`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return [
    `| case | class | exit | expected result | wall s | peak RSS MB | within ${BUDGET_S} s / ${BUDGET_MB} MB |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ];
}

module.exports = { hostileTable };
if (require.main === module) console.log(hostileTable().join('\n'));
