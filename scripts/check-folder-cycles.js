// `node scripts/check-folder-cycles.js [SRC]`: fails (exit 1) when the folders of src/ import each
// other in a cycle that is not in KNOWN_CYCLES below, or when a listed cycle has gone (then the
// entry must be deleted, so the list only shrinks). A folder is src/<name>; an edge A → B is any
// relative import, export-from, require() or import() from a file under A of a file under B.
// Imports are read with TypeScript's public ts.preProcessFile, without type-checking.
// Run by test/scripts/check-folder-cycles.test.ts, so by `npm test` and `npm run test:all`.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..');

// Cycles tolerated for now, each named by its folders in alphabetical order with how to break it.
// Empty since #22 broke the last two; an entry may only be deleted (the check fails on a stale one).
const KNOWN_CYCLES = {};

/** Every .ts/.js file under dir (declaration files hold no imports worth following). */
function sourceFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** The top folder under src of a path inside it; null outside src. Files directly in src are the
 *  folder "."; an import of a folder itself ('../lint', its index.ts) is that folder. */
function folderOf(src, file) {
  const rel = path.relative(src, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const parts = rel.split(path.sep);
  if (parts.length > 1) return parts[0];
  return rel !== '' && fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() ? parts[0] : '.';
}

/** Map folder → Map(folder it imports → first import seen, as "file: 'specifier'"). */
function folderGraph(src) {
  const graph = new Map();
  for (const file of sourceFiles(src).sort()) {
    const from = folderOf(src, file);
    if (!graph.has(from)) graph.set(from, new Map());
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue; // a package or a Node built-in
      const to = folderOf(src, path.resolve(path.dirname(file), fileName));
      if (to === null || to === from) continue;
      const edges = graph.get(from);
      if (!edges.has(to)) edges.set(to, `${path.relative(src, file).split(path.sep).join('/')}: '${fileName}'`);
      if (!graph.has(to)) graph.set(to, new Map());
    }
  }
  return graph;
}

/** Strongly connected components of more than one folder (Tarjan), each sorted; sorted by name. */
function cyclesOf(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v).keys()) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) found.push(component.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found.sort((a, b) => a.join().localeCompare(b.join()));
}

/** The cycles of src and how they compare with the known list. */
function checkFolderCycles(src = path.join(ROOT, 'src'), known = KNOWN_CYCLES) {
  const graph = folderGraph(src);
  const cycles = cyclesOf(graph).map((folders) => {
    const set = new Set(folders);
    const edges = [];
    for (const from of folders) for (const [to, via] of graph.get(from)) if (set.has(to)) edges.push({ from, to, via });
    return { name: folders.join(', '), folders, edges };
  });
  const names = new Set(cycles.map((c) => c.name));
  return {
    cycles,
    unexpected: cycles.filter((c) => !Object.hasOwn(known, c.name)),
    gone: Object.keys(known).filter((name) => !names.has(name)),
  };
}

/** The report printed on failure: what to cut, or which entry to delete. */
function describe({ unexpected, gone }) {
  const lines = [];
  for (const c of unexpected) {
    lines.push(`import cycle between folders of src/: ${c.name}`);
    for (const e of c.edges) lines.push(`  ${e.from} → ${e.to}  (e.g. ${e.via})`);
  }
  if (unexpected.length)
    lines.push(
      'Cut one of these imports (move the shared part to a folder both can import), or, if it extends a known cycle, break that first.',
    );
  for (const name of gone)
    lines.push(`known cycle no longer present: ${name} — delete it from KNOWN_CYCLES in scripts/check-folder-cycles.js`);
  return lines.join('\n');
}

module.exports = { KNOWN_CYCLES, folderGraph, cyclesOf, checkFolderCycles, describe };

if (require.main === module) {
  const result = checkFolderCycles(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  if (result.unexpected.length || result.gone.length) {
    console.error(describe(result));
    process.exitCode = 1;
  } else {
    console.log(`folder cycles: none new (${result.cycles.length} known: ${result.cycles.map((c) => c.name).join(' | ') || 'none'})`);
  }
}
