// Medians and ranges of repeated measurements, and the Markdown table they are reported in.
'use strict';

function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

const seconds = (s) => (s >= 10 ? s.toFixed(1) : s >= 1 ? s.toFixed(2) : s.toFixed(3));
const megabytes = (b) => (b ? `${Math.round(b / 1048576)} MB` : '—');

function table(rows) {
  const head = '| measurement | median | min | max | runs | peak RSS | target | met |\n|---|---|---|---|---|---|---|---|';
  const lines = rows.map((r) => {
    if (r.skipped) return `| ${r.name} | — | — | — | — | — | ${r.target ?? ''} | skipped: ${r.skipped} |`;
    const s = r.stats;
    const met = r.targetSeconds === undefined ? '' : s.median <= r.targetSeconds ? 'yes' : 'no';
    return `| ${r.name} | ${seconds(s.median)} s | ${seconds(s.min)} s | ${seconds(s.max)} s | ${s.n} | ${megabytes(r.rss)} | ${r.target ?? ''} | ${met} |`;
  });
  return [head, ...lines].join('\n');
}

module.exports = { summarise, table, seconds };
