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

/**
 * The targets were set on a reference machine where, for the same jobs, Typst took
 * ~0.17 s and LibreOffice ~1.0 s. Where both peers ran here, the smaller of their slow-downs is
 * this machine's factor, and each target is also judged scaled by it: a statement about the code
 * rather than the machine, printed beside (never instead of) the table's absolute verdicts.
 */
const REFERENCE = { typst: 0.17, libreoffice: 1.0 };

function scaledTargets(rows, peers) {
  const typst = peers.find((p) => !p.skipped && p.name.includes('Typst'));
  const office = peers.find((p) => !p.skipped && p.name.includes('LibreOffice'));
  if (!typst || !office) return null;
  const factors = { typst: typst.stats.median / REFERENCE.typst, libreoffice: office.stats.median / REFERENCE.libreoffice };
  const factor = Math.min(factors.typst, factors.libreoffice);
  const lines = rows
    .filter((r) => !r.skipped && r.targetSeconds !== undefined)
    .map((r) => {
      const scaled = r.targetSeconds * factor;
      return `- ${r.name}: ${seconds(r.stats.median)} s against ${seconds(scaled)} s (${r.target} × ${factor.toFixed(2)}): ${r.stats.median <= scaled ? 'met' : 'not met'}`;
    });
  return [
    `This machine against the issue's reference machine (Typst ${REFERENCE.typst} s, LibreOffice ${REFERENCE.libreoffice.toFixed(1)} s for the same jobs): ${typst.name.replace(/^peer: /, '')} took ${seconds(typst.stats.median)} s here (×${factors.typst.toFixed(2)}), ${office.name.replace(/^peer: /, '')} ${seconds(office.stats.median)} s (×${factors.libreoffice.toFixed(2)}). The targets scaled by the smaller factor, ×${factor.toFixed(2)}:`,
    '',
    ...lines,
  ].join('\n');
}

module.exports = { summarise, table, seconds, scaledTargets };
