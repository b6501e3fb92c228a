// Where this user's build server for this exact jianbao listens. The address is derived from
// everything that decides what a build produces: the installed copy, its version and build time,
// and the Node version. A rebuilt or upgraded jianbao therefore looks somewhere else, and a client
// never hands its work to a server still running older code (that server idles out on its own).
// The socket lives in the user's cache folder, which only the user can enter.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultCacheDir, PACKAGE_ROOT } from '../startup/compile-cache';

/** Unix socket paths are limited to ~104 bytes (macOS) or 108 (Linux), the terminator included. */
const MAX_SOCKET_PATH = 100;

let stamp: string | undefined;

/** Read once per process: `server start` asks for the address every 50 ms while it waits. */
function buildStamp(): string {
  return (stamp ??= readBuildStamp());
}

function readBuildStamp(): string {
  const version = (JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  let built = 0;
  try {
    // Every `npm run build` rewrites it: a developer's rebuild counts as a new version.
    built = fs.statSync(path.join(PACKAGE_ROOT, 'dist', 'cli', 'main.js')).mtimeMs;
  } catch {
    // Running from sources (the tests): the version and path alone name the code.
  }
  return [version, built, process.version, process.arch, PACKAGE_ROOT].join('\0');
}

export interface ServerAddress {
  /** What net.connect and server.listen take. */
  path: string;
  /** A folder to create before listening, private to the user; null for a Windows pipe. */
  dir: string | null;
}

export function serverAddress(env: NodeJS.ProcessEnv = process.env): ServerAddress {
  const cacheDir = defaultCacheDir(env);
  const id = crypto.createHash('sha256').update(`${buildStamp()}\0${cacheDir}`).digest('hex').slice(0, 16);
  // Pipe names are machine-wide: the cache folder in the hash keeps users apart.
  if (process.platform === 'win32') return { path: `\\\\.\\pipe\\jianbao-${id}`, dir: null };
  const inCache = path.join(cacheDir, `server-${id}.sock`);
  if (inCache.length <= MAX_SOCKET_PATH) return { path: inCache, dir: cacheDir };
  // A cache folder with a very long path: a private folder in the temporary directory instead.
  const dir = path.join(os.tmpdir(), `jianbao-${os.userInfo().uid}`);
  return { path: path.join(dir, `${id}.sock`), dir };
}
