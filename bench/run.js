// `npm run bench`: the same inputs, several runs, medians with min and max, peers side by side
// where installed. Writes docs/benchmarks.md and prints the same table. Needs `npm run build`.
// BENCH_RUNS, BENCH_WARMUP, BENCH_ARCHIVE, BENCH_PEERS=0 and BENCH_OUT make a smaller run
// elsewhere: test/bench/run.test.ts runs it so, to keep this script working between benchmarks.
// The targets are issue #21's; bench/METHOD.md (the top of the report) says how each is measured.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { summarise, table, seconds, scaledTargets } = require('./stats');
const { writeArchive, writeLongIssue, writeUnknownKeys } = require('./synthetic');

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'jianbao');
const SAMPLE = path.join(ROOT, 'samples', 'wenzhou-kexie-2022-04.yaml');
const RUNS = Number(process.env.BENCH_RUNS || 5);
// V8 needs ~15 builds of the sample to reach steady speed (measured: 384, 87, 65, 62, 49 … 31 ms).
const WARM_UP_BUILDS = Number(process.env.BENCH_WARMUP || 20);
const ARCHIVE_SIZE = Number(process.env.BENCH_ARCHIVE || 240);
/** The longer figures (a 100-page issue, whole batches) take fewer runs: 3, or RUNS when smaller. */
const FEW_RUNS = Math.min(3, RUNS);
/** The batch targets are the issue's for 240 issues: a smaller archive is reported without them. */
const BATCH_TARGETS = ARCHIVE_SIZE === 240;
const PEERS = process.env.BENCH_PEERS !== '0';
const REPORT = path.resolve(process.env.BENCH_OUT || path.join(ROOT, 'docs', 'benchmarks.md'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-bench-'));

/** Runs a command as a fresh process; wall time and (for node) peak RSS. */
function timeProcess(cmd, args, opts = {}) {
  const rssFile = path.join(work, `rss-${process.hrtime.bigint()}`);
  const isNode = cmd === process.execPath;
  const fullArgs = isNode ? ['-r', path.join(__dirname, 'rss-preload.js'), ...args] : args;
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, fullArgs, {
    env: { ...process.env, BENCH_RSS_FILE: rssFile, ...opts.env },
    cwd: opts.cwd ?? ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 600000,
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && !opts.allowFailure) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  const rss = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) : 0;
  return { wall, rss };
}

/** A table row from timed runs ({ wall, rss? }), printed as it is made. */
function rowOf(name, results, extra = {}, rss = Math.max(...results.map((r) => r.rss || 0))) {
  const row = { name, stats: summarise(results.map((r) => r.wall)), rss, ...extra };
  console.error(`  ${name}: ${seconds(row.stats.median)} s`);
  return row;
}

function repeat(name, fn, { runs = RUNS, warmup = 1, ...extra } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  return rowOf(name, Array.from({ length: runs }, fn), extra);
}

/**
 * Several figures measured round-robin (run 1 of each, then run 2 of each…), so a machine that
 * slows down or speeds up during the benchmark (a shared VM does) shifts them all alike, and
 * their comparison holds. Each gets one warm-up run first.
 */
function interleaved(specs, { runs = RUNS } = {}) {
  for (const spec of specs) spec.fn();
  const results = specs.map(() => []);
  for (let i = 0; i < runs; i++) specs.forEach((spec, k) => results[k].push(spec.fn()));
  return specs.map(({ name, fn: _fn, ...extra }, k) => rowOf(name, results[k], extra));
}

// Node's compile cache (bin/jianbao turns it on) lives in the work folder: the warm-up runs fill
// it, as an editor's first build of the day does. NODE_DISABLE_COMPILE_CACHE shows what it saves.
const CODE_CACHE_ENV = { NODE_COMPILE_CACHE: path.join(work, 'v8-cache') };
const jianbao =
  (...args) =>
  () =>
    timeProcess(process.execPath, [BIN, ...args], { env: CODE_CACHE_ENV });
const jianbaoWithoutCodeCache =
  (...args) =>
  () =>
    timeProcess(process.execPath, [BIN, ...args], { env: { NODE_DISABLE_COMPILE_CACHE: '1' } });
const has = (cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0;
const pageCount = (pdf) => (fs.readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;

/**
 * Memory per batch worker: a batch's peak RSS less a bare batch process's (the no-change rebuild
 * runs the same main thread, series ledger and signing, and starts no worker), shared among its
 * workers. Issue #21's target is ≤ 250 MB per worker.
 */
function perWorkerLine(rows, bareRss) {
  const figures = [1, 2].map((jobs) => {
    const row = rows.find((r) => r.name === `batch ${ARCHIVE_SIZE} issues, --jobs ${jobs}`);
    const each = (row.rss - bareRss) / jobs;
    return `--jobs ${jobs} ${Math.round(each / 1048576)} MB${jobs > 1 ? ' each' : ''}${BATCH_TARGETS ? ` (${each <= 250 * 1048576 ? 'met' : 'not met'})` : ''}`;
  });
  return `Memory per worker (batch peak RSS − the no-change rebuild's ${Math.round(bareRss / 1048576)} MB, ÷ workers; target ≤ 250 MB): ${figures.join(', ')}.`;
}

async function warmRows() {
  const { compileIssue } = require(path.join(ROOT, 'dist/pipeline/compile-issue'));
  const { renderFormat } = require(path.join(ROOT, 'dist/render/registry'));
  const time = async (fn) => {
    const start = process.hrtime.bigint();
    await fn();
    return { wall: Number(process.hrtime.bigint() - start) / 1e9 };
  };
  const measure = async (name, fn, extra = {}) => {
    // Warm-up: fonts and templates opened, modules loaded, and the hot code optimised by V8
    // (the state of `watch` or a batch worker after its first twenty issues).
    for (let i = 0; i < WARM_UP_BUILDS; i++) await fn();
    const results = [];
    for (let i = 0; i < RUNS * 2; i++) results.push(await time(fn));
    return rowOf(name, results, extra, process.resourceUsage().maxRSS * 1024);
  };
  const rows = [];
  // A build is compile (source → model) plus a render: targets apply to the whole build.
  rows.push(
    await measure('warm, one process: sample → PDF', async () => renderFormat(compileIssue(SAMPLE).model, 'pdf'), {
      target: '≤ 0.060 s',
      targetSeconds: 0.06,
    }),
  );
  // As `jianbao build --to docx` does it: no glyph check against the PDF's fonts (Word and WPS
  // set the text in the editor's own fonts).
  rows.push(
    await measure('warm, one process: sample → DOCX', async () => renderFormat(compileIssue(SAMPLE, { glyphCheck: false }).model, 'docx'), {
      target: '≤ 0.030 s',
      targetSeconds: 0.03,
    }),
  );
  rows.push(
    await measure('warm, one process: sample → PDF + DOCX', async () => {
      const { model } = compileIssue(SAMPLE);
      await renderFormat(model, 'pdf');
      await renderFormat(model, 'docx');
    }),
  );
  // The parts, for finding where the time goes.
  const { model } = compileIssue(SAMPLE);
  rows.push(await measure('  of which: compile (YAML → document model)', async () => compileIssue(SAMPLE)));
  rows.push(await measure('  of which: render model → PDF', async () => renderFormat(model, 'pdf')));
  rows.push(await measure('  of which: render model → DOCX', async () => renderFormat(model, 'docx')));
  return rows;
}

/** The sample as a Typst document set like the kexie template: A4, 三号 Noto Serif SC, 28 pt lines. */
function typstSource() {
  const YAML = require('yaml');
  const issue = YAML.parse(fs.readFileSync(SAMPLE, 'utf8'));
  const text = (s) => s.replace(/[#*$\\_<>@`[\]]/g, (c) => `\\${c}`);
  // Markdown subheadings (## …) become Typst's second-level headings; the rest is plain text.
  const block = (p) => (/^#+\s/.test(p) ? `== ${text(p.replace(/^#+\s*/, ''))}` : text(p.replace(/\n/g, '')));
  const paragraphs = (body) =>
    body
      .split(/\n\s*\n/)
      .map(block)
      .join('\n\n');
  return [
    '#set page(paper: "a4", margin: (top: 37mm, bottom: 35mm, left: 28mm, right: 26mm), footer: context align(center)[— #counter(page).display() —])',
    '#set text(font: "Noto Serif SC", size: 16pt, lang: "zh", region: "cn")',
    '#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 12.95pt, spacing: 12.95pt)',
    '#show heading: set text(font: "Noto Sans SC", size: 16pt, weight: "medium")',
    '#align(center, text(fill: rgb("#E60012"), size: 42pt, weight: "bold")[温州科协信息])',
    ...issue.articles.map(
      (a) => `= ${text(a.title.replace(/\n/g, ''))}\n\n${paragraphs(a.body)}${a.source ? `\n\n#align(right)[（${text(a.source)}）]` : ''}`,
    ),
  ].join('\n\n');
}

/** Typst on the same text: the typst command, else the npm compiler in a fresh process, else skipped. */
function typstPeer() {
  const typ = path.join(work, 'sample.typ');
  fs.writeFileSync(typ, typstSource());
  // Only the four faces jianbao uses, so Typst does not scan every weight of both packages.
  const fontDir = path.join(work, 'typst-fonts');
  fs.mkdirSync(fontDir, { recursive: true });
  const { bundledFonts } = require(path.join(ROOT, 'dist/fonts/bundled'));
  for (const face of Object.values(bundledFonts())) {
    const link = path.join(fontDir, path.basename(face.file));
    if (!fs.existsSync(link)) fs.symlinkSync(face.file, link);
  }
  const pdf = path.join(work, 'typst.pdf');
  if (has('typst'))
    return repeat('peer: Typst compile (typst command)', () => timeProcess('typst', ['compile', '--font-path', fontDir, typ, pdf]), {
      runs: RUNS,
    });
  try {
    require.resolve('@myriaddreamin/typst-ts-node-compiler');
  } catch {
    return {
      name: 'peer: Typst compile',
      skipped: 'typst not installed (nor npm install --no-save @myriaddreamin/typst-ts-node-compiler)',
    };
  }
  return repeat(
    'peer: Typst compile (typst-ts-node-compiler, fresh process)',
    () => timeProcess(process.execPath, [path.join(__dirname, 'typst-compile.js'), typ, fontDir, pdf]),
    { runs: RUNS },
  );
}

/**
 * The fresh-process targets are a share of LibreOffice's time converting our DOCX of the sample
 * on the same machine in the same run; without LibreOffice they are named and left unjudged.
 */
function judgeAgainstLibreOffice(rows, peers) {
  const office = peers.find((p) => !p.skipped && p.name.includes('LibreOffice'));
  for (const r of rows.filter((row) => row.ofLibreOffice)) {
    r.target = `≤ ${r.ofLibreOffice}× LibreOffice${office ? ` = ${seconds(r.ofLibreOffice * office.stats.median)} s` : ''}`;
    if (office) r.targetSeconds = r.ofLibreOffice * office.stats.median;
  }
}

/** The peers on the same text: LibreOffice, pandoc and Typst, each skipped with a note when absent (or all with BENCH_PEERS=0). */
function peerRows(out) {
  const skipped = (name, reason) => ({ name: `peer: ${name}`, skipped: PEERS ? reason : 'BENCH_PEERS=0' });
  const peers = [];
  const docx = path.join(out, 'wenzhou-kexie-2022-04.docx');
  if (PEERS && has('soffice')) {
    const profile = `file://${path.join(work, 'lo-profile')}`;
    peers.push(
      repeat(
        'peer: LibreOffice DOCX → PDF (soffice --headless)',
        () =>
          timeProcess('soffice', [
            `-env:UserInstallation=${profile}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            path.join(work, 'lo'),
            docx,
          ]),
        { runs: FEW_RUNS },
      ),
    );
  } else peers.push(skipped('LibreOffice DOCX → PDF', 'soffice not installed'));
  if (PEERS && has('pandoc')) {
    const md = path.join(work, 'sample.md');
    const YAML = require('yaml');
    const issue = YAML.parse(fs.readFileSync(SAMPLE, 'utf8'));
    fs.writeFileSync(md, issue.articles.map((a) => `# ${a.title.replace(/\n/g, '')}\n\n${a.body}`).join('\n\n'));
    peers.push(
      repeat('peer: pandoc Markdown → DOCX', () => timeProcess('pandoc', [md, '-o', path.join(work, 'pandoc.docx')]), { runs: RUNS }),
    );
  } else peers.push(skipped('pandoc Markdown → DOCX', 'pandoc not installed'));
  peers.push(PEERS ? typstPeer() : skipped('Typst compile', ''));
  return peers;
}

async function main() {
  const out = path.join(work, 'out');
  const rows = [];
  console.error(`jianbao benchmark: ${RUNS} runs per figure after a warm-up (work dir ${work})`);
  rows.push(
    ...interleaved([
      { name: 'fresh process: sample → PDF', fn: jianbao('build', SAMPLE, '--to', 'pdf', '-o', out), ofLibreOffice: 0.45 },
      { name: 'fresh process, no compile cache: sample → PDF', fn: jianbaoWithoutCodeCache('build', SAMPLE, '--to', 'pdf', '-o', out) },
      { name: 'fresh process: sample → DOCX', fn: jianbao('build', SAMPLE, '--to', 'docx', '-o', out) },
      { name: 'fresh process: sample → PDF + DOCX', fn: jianbao('build', SAMPLE, '-o', out), ofLibreOffice: 0.55 },
    ]),
  );
  rows.push(...(await warmRows()));

  const longIssue = writeLongIssue(path.join(work, 'long'));
  const longRow = repeat('fresh process: long issue → PDF', jianbao('build', longIssue, '--to', 'pdf', '-o', out), {
    runs: Math.max(FEW_RUNS, Math.ceil(RUNS / 2)),
  });
  rows.push(longRow);
  const samplePages = pageCount(path.join(out, 'wenzhou-kexie-2022-04.pdf'));
  const longPages = pageCount(path.join(out, 'long-issue.pdf'));
  const perPageSample = rows.find((r) => r.name === 'fresh process: sample → PDF').stats.median / samplePages;
  const perPageLong = longRow.stats.median / longPages;

  const archive = path.join(work, 'archive');
  writeArchive(archive, ARCHIVE_SIZE);
  for (const jobs of [1, 2]) {
    const args = ['build', archive, '-o', path.join(work, `batch-${jobs}`), '--jobs', String(jobs), '--force'];
    rows.push(
      repeat(`batch ${ARCHIVE_SIZE} issues, --jobs ${jobs}`, jianbao(...args), {
        runs: FEW_RUNS,
        warmup: 0,
        ...(jobs === 2 && BATCH_TARGETS ? { target: '≤ 15 s', targetSeconds: 15 } : {}),
      }),
    );
  }
  const rebuild = ['build', archive, '-o', path.join(work, 'batch-2'), '--jobs', '2'];
  const rebuildRow = repeat(`no-change rebuild of ${ARCHIVE_SIZE} issues`, jianbao(...rebuild), {
    runs: FEW_RUNS,
    warmup: 1,
    ...(BATCH_TARGETS ? { target: '≤ 2 s', targetSeconds: 2 } : {}),
  });
  rows.push(rebuildRow);
  const perWorker = perWorkerLine(rows, rebuildRow.rss);

  // Exit code 1 (the file has errors) is the expected outcome; the time is what is measured.
  const keys = writeUnknownKeys(path.join(work, 'keys'), 20000);
  rows.push(
    repeat(
      'fresh process: check, 20,000 unknown keys',
      () => timeProcess(process.execPath, [BIN, 'check', keys], { env: CODE_CACHE_ENV, allowFailure: true }),
      { runs: FEW_RUNS, target: '≤ 2 s', targetSeconds: 2 },
    ),
  );

  const peers = peerRows(out);
  judgeAgainstLibreOffice(rows, peers);
  const ratios = [];
  for (const p of peers.filter((peer) => !peer.skipped)) {
    const format = p.name.includes('pandoc') ? 'DOCX' : 'PDF';
    const mine = rows.find((r) => r.name === `fresh process: sample → ${format}`);
    if (mine)
      ratios.push(
        `- jianbao sample → ${format} (fresh process) vs ${p.name.slice(6)}: ${(mine.stats.median / p.stats.median).toFixed(2)}× the peer's time`,
      );
  }
  const scaled = scaledTargets(
    rows.filter((r) => !r.ofLibreOffice),
    peers,
  );
  const cpu = os.cpus();
  const report = [
    fs.readFileSync(path.join(__dirname, 'METHOD.md'), 'utf8').trimEnd(),
    '',
    '## Current figures',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` on ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}.`,
    `Each figure is the median of ${RUNS} runs (fewer where noted in the runs column) after a warm-up (one run for a process, ${WARM_UP_BUILDS} builds for the warm, in-process figures); wall-clock seconds.`,
    '',
    table([...rows, ...peers]),
    '',
    perWorker,
    '',
    `Time per page: sample ${samplePages} pages, ${(perPageSample * 1000).toFixed(1)} ms/page; long issue ${longPages} pages, ${(perPageLong * 1000).toFixed(1)} ms/page (ratio ${(perPageLong / perPageSample).toFixed(2)}, target ≤ 1.5).`,
    '',
    ratios.length ? ratios.join('\n') : PEERS ? '- no peer installed on this machine' : '- peers not run (BENCH_PEERS=0)',
    '',
    ...(scaled ? [scaled, ''] : []),
    ...(process.env.BENCH_HOSTILE === '0'
      ? []
      : [
          '## Hostile inputs',
          '',
          'The corpus of test/security/hostile-cases.js through the real CLI, one run each (issue #26 budgets: every case ≤ 5 s and ≤ 500 MB).',
          '',
          ...require('./hostile').hostileTable(),
          '',
        ]),
  ].join('\n');
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  fs.writeFileSync(REPORT, report);
  console.log(report);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(work, { recursive: true, force: true }));
