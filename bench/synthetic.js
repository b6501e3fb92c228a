// Deterministic synthetic inputs for benchmarks and batch tests, made from the samples:
// an archive of N monthly issues (期号 restarting each January, 总期号 running on) and one long
// issue of 100+ pages. Same arguments, same bytes: no clock, no randomness.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

const ROOT = path.resolve(__dirname, '..');
const SAMPLE = path.join(ROOT, 'samples', 'wenzhou-kexie-2022-04.yaml');
const CONFIG = path.join(ROOT, 'samples', 'jianbao.config.yaml');

function sampleIssue() {
  return YAML.parse(fs.readFileSync(SAMPLE, 'utf8'));
}

// YAML.parse drops the sample's comments, and with them its `# jianbao-ignore JB303` on text the
// original printed as "5 月底": the generated files carry that decision file-wide instead.
const HEADER = '# 由 bench/synthetic.js 从样刊生成；样刊原文中的“5 月底”等照原样保留\n# jianbao-ignore-file JB303\n';

function lastDayOfMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Writes `count` monthly issues under dir/YYYY/YYYY-MM.yaml, starting January of `startYear`. */
function writeArchive(dir, count = 240, startYear = 2003) {
  const base = sampleIssue();
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(CONFIG, path.join(dir, 'jianbao.config.yaml'));
  const files = [];
  for (let i = 0; i < count; i++) {
    const year = startYear + Math.floor(i / 12);
    const month = (i % 12) + 1;
    const mm = String(month).padStart(2, '0');
    // Rotate and trim the articles so issues differ in length and order, deterministically.
    const n = base.articles.length;
    const take = 5 + (i % (n - 4));
    const articles = Array.from({ length: take }, (_, k) => base.articles[(i + k) % n]);
    // The sample's April days moved to this month, none past its last day (no 2月29日 in 2003).
    const last = lastDayOfMonth(year, month);
    const day = (d) => String(Math.min(Number(d), last));
    const briefs = base.briefs.map((b) => ({
      ...b,
      date: b.date.replace(/^4月(\d+)(日?)(?:-(\d+)日)?/, (_, a, unit, b2) => `${month}月${day(a)}${unit}${b2 ? `-${day(b2)}日` : ''}`),
    }));
    const issue = {
      issue: { number: month, total: 29 + i, date: `${year}-${mm}-${String(lastDayOfMonth(year, month)).padStart(2, '0')}` },
      articles,
      briefs,
    };
    const file = path.join(dir, String(year), `${year}-${mm}.yaml`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, HEADER + YAML.stringify(issue, { lineWidth: 0 }));
    files.push(file);
  }
  return files;
}

/** Writes one issue holding the sample's articles `times` times over (times=8 → 120+ pages). */
function writeLongIssue(dir, times = 8) {
  const base = sampleIssue();
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(CONFIG, path.join(dir, 'jianbao.config.yaml'));
  const articles = [];
  for (let t = 0; t < times; t++) for (const a of base.articles) articles.push({ ...a, title: `${a.title}（${t + 1}）` });
  const file = path.join(dir, 'long-issue.yaml');
  fs.writeFileSync(file, HEADER + YAML.stringify({ issue: base.issue, articles, briefs: base.briefs }, { lineWidth: 0 }));
  return file;
}

/** The sample with `count` unknown top-level keys after it (issue #21: the diagnostics must stay linear). */
function writeUnknownKeys(dir, count = 20000) {
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(CONFIG, path.join(dir, 'jianbao.config.yaml'));
  const file = path.join(dir, `unknown-keys-${count}.yaml`);
  const keys = Array.from({ length: count }, (_, i) => `unknown_key_${i}: v${i}`);
  fs.writeFileSync(file, `${fs.readFileSync(SAMPLE, 'utf8').trimEnd()}\n${keys.join('\n')}\n`);
  return file;
}

module.exports = { writeArchive, writeLongIssue, writeUnknownKeys };

if (require.main === module) {
  const [what = 'archive', dir = path.join(ROOT, 'tmp', 'archive'), n] = process.argv.slice(2);
  if (what === 'long') console.log(writeLongIssue(dir, n ? Number(n) : undefined));
  else console.log(`${writeArchive(dir, n ? Number(n) : undefined).length} issues in ${dir}`);
}
