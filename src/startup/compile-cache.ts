// Owns V8's code cache for jianbao's own JavaScript and its dependencies: a fresh `jianbao
// build` spends a third of its time compiling ~8 MB of JavaScript (pdfkit, fontkit, zod, yaml,
// docx…) it compiled identically the run before. Node 22 offers this as
// module.enableCompileCache(); Node 20 does not, so here it is, scoped to files inside the
// package. The cache is written after a run, so it holds the functions that run actually
// compiled (a cache made right after loading holds little more than top-level code). V8 checks
// each entry against the source and its own version and silently recompiles on a mismatch, so
// a stale or foreign cache costs a recompile, never a wrong result. Any failure to read or
// write the cache is ignored: it is only ever a speed-up. JIANBAO_COMPILE_CACHE=0 turns it off;
// JIANBAO_CACHE_DIR moves it (default: the user's cache folder, e.g. ~/.cache/jianbao). Under
// --enable-source-maps it stays off: Node maps stack traces only for modules it compiled itself,
// and whoever asks for source maps wants src/*.ts lines (JIANBAO_DEBUG=1 prints a fault's stack).
// This module is loaded before everything else, so it requires only Node built-ins (and
// make-dirs.ts and resolve-cache.ts, which do too).
import crypto from 'node:crypto';
import fs from 'node:fs';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { makeDirs } from '../output/make-dirs';
import { installResolveCache } from './resolve-cache';

/** The package root: only files below it are cached (dist/ and node_modules/). */
export const PACKAGE_ROOT = path.resolve(__dirname, '..', '..');

interface ModuleInternals {
  exports: unknown;
  require(id: string): unknown;
  _compile(content: string, filename: string): unknown;
}
interface ModuleStatics {
  wrap(content: string): string;
  _resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
  _resolveLookupPaths(request: string, parent: unknown): string[] | null;
  _extensions: unknown;
  _cache: unknown;
}

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.JIANBAO_CACHE_DIR) return env.JIANBAO_CACHE_DIR;
  if (process.platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(os.homedir(), 'AppData', 'Local'), 'jianbao', 'Cache');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'jianbao');
  return path.join(env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'jianbao');
}

/**
 * One file per Node version and architecture (V8's cache is valid for exactly one of each) and
 * per installed copy of jianbao, so two installs never evict each other's entries.
 */
export function cacheFileIn(dir: string, kind: 'code' | 'resolutions' = 'code'): string {
  const install = crypto.createHash('sha256').update(PACKAGE_ROOT).digest('hex').slice(0, 12);
  const name = `${process.version}-${process.arch}-${install}`;
  return path.join(dir, kind === 'code' ? `v8-code-${name}.bin` : `resolutions-${name}.json`);
}

/** The cache file: a count, then per entry the file name and the V8 data, length-prefixed. */
export function readCacheFile(file: string): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch {
    return entries;
  }
  try {
    let at = 0;
    const take = (): Buffer => {
      const length = buf.readUInt32LE(at);
      if (at + 4 + length > buf.length) throw new RangeError('truncated');
      const part = buf.subarray(at + 4, at + 4 + length);
      at += 4 + length;
      return part;
    };
    const count = buf.readUInt32LE(0);
    at = 4;
    for (let i = 0; i < count; i++) entries.set(take().toString('utf8'), take());
  } catch {
    entries.clear(); // a damaged file is ignored whole
  }
  return entries;
}

export function writeCacheFile(file: string, entries: ReadonlyMap<string, Buffer>): void {
  const parts: Buffer[] = [];
  const length = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    return b;
  };
  parts.push(length(entries.size));
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    parts.push(length(nameBytes.length), nameBytes, length(data.length), data);
  }
  writeWhole(file, Buffer.concat(parts));
}

/** Written aside and renamed: a reader never sees half a file, and concurrent runs each replace it whole. */
function writeWhole(file: string, data: Buffer): void {
  makeDirs(path.dirname(file));
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Whether a module may call import(), which only works in code Node compiled itself: a vm.Script
 * made from cached data loses the loader option (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING, Node 20).
 * A textual test that errs towards yes, but not for what is certainly no import: a line that is
 * a `//` comment or a block comment's `* ` line (docx's 1 MB bundle mentions import in one,
 * commander in its type annotations), and a method named import (`commands.import()`).
 */
export function mayImport(content: string): boolean {
  for (const match of content.matchAll(/\bimport\s*\(/g)) {
    const before = content.slice(content.lastIndexOf('\n', match.index) + 1, match.index);
    if (/^\s*(\/\/|\*(\s|$))/.test(before) || /\.\s*$/.test(before)) continue;
    return true;
  }
  return false;
}

/** Files that must be compiled by Node itself: outside the package, or perhaps using import(). */
function cacheable(filename: string, content: string): boolean {
  return filename.startsWith(PACKAGE_ROOT + path.sep) && !mayImport(content);
}

export interface CompileCacheOptions {
  /**
   * When this thread writes what it compiled and lacked: at exit (the CLI), or only when
   * saveCompileCache() is called (a batch worker, which is terminated and never sees its exit).
   */
  write: 'at-exit' | 'when-asked';
  env?: NodeJS.ProcessEnv;
}

/** Writes the cache if this thread compiled something it lacked; a no-op otherwise. */
let save: () => void = () => undefined;

export function saveCompileCache(): void {
  save();
}

let enabled = false;

export function enableCompileCache(options: CompileCacheOptions): void {
  const env = options.env ?? process.env;
  if (enabled || env.JIANBAO_COMPILE_CACHE === '0' || process.sourceMapsEnabled) return;
  enabled = true;
  let file: string;
  let resolutionsFile: string;
  try {
    file = cacheFileIn(defaultCacheDir(env));
    resolutionsFile = cacheFileIn(defaultCacheDir(env), 'resolutions');
  } catch {
    return; // no home folder to keep a cache in: run without one
  }
  let saveResolutions = (): void => undefined;
  try {
    saveResolutions = installResolveCache(PACKAGE_ROOT, resolutionsFile, writeWhole);
  } catch {
    // an unreadable package folder: Node resolves every module itself, as without the table
  }
  const stored = readCacheFile(file);
  const scripts = new Map<string, vm.Script>();
  let missed = false;

  const statics = Module as unknown as ModuleStatics;
  const proto = (Module as unknown as { prototype: ModuleInternals }).prototype;
  const compile = proto._compile;
  proto._compile = function (this: ModuleInternals, content: string, filename: string) {
    if (!cacheable(filename, content)) return compile.call(this, content, filename);
    const cachedData = stored.get(filename);
    // A hashbang is only valid at the very start of a script, not inside the wrapper.
    const source = content.startsWith('#!') ? `//${content}` : content;
    const script = new vm.Script(statics.wrap(source), { filename, cachedData });
    if (!cachedData || script.cachedDataRejected) missed = true;
    scripts.set(filename, script);
    const mod = this;
    // The `require` Node would hand the module: relative to it, with resolve, main and cache.
    const req = ((id: string) => mod.require(id)) as NodeJS.Require;
    const resolve = ((request: string, opts?: unknown) => statics._resolveFilename(request, mod, false, opts)) as NodeJS.RequireResolve;
    resolve.paths = (request: string) => statics._resolveLookupPaths(request, mod);
    Object.assign(req, { resolve, main: require.main, extensions: statics._extensions, cache: statics._cache });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(mod.exports, mod.exports, req, mod, filename, path.dirname(filename));
  };

  save = () => {
    try {
      saveResolutions();
    } catch {
      // as below: only ever a speed-up
    }
    if (!missed) return;
    missed = false;
    try {
      // Merged with the file as it is now: a batch's workers and main thread each add the
      // modules they loaded (their own newest), and none drops what another wrote meanwhile.
      const entries = readCacheFile(file);
      for (const [name, data] of stored) if (!entries.has(name)) entries.set(name, data);
      for (const [name, script] of scripts) entries.set(name, script.createCachedData());
      // Modules gone since (an upgrade that removed or renamed files) leave with them.
      for (const name of entries.keys()) if (!scripts.has(name) && !fs.existsSync(name)) entries.delete(name);
      writeCacheFile(file, entries);
    } catch {
      // A read-only home or a full disk: the next run compiles again, nothing else changes.
    }
  };
  if (options.write === 'at-exit') process.once('exit', save);
}
