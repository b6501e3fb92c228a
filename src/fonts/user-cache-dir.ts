// Owns where jianbao keeps files it can make again: the user's own cache folder (the same one
// bin/jianbao gives Node's compile cache), created private (0700) so another local user cannot
// plant files in it.
import os from 'node:os';
import path from 'node:path';

export function userCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = os.homedir(),
): string {
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'jianbao', 'Cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'jianbao');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'jianbao');
}
