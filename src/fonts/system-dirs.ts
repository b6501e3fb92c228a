// Owns where an editor's own fonts live, per operating system. Everything the answer depends on
// (platform, environment, home folder) is passed in, so tests pin the directories.
import path from 'node:path';

export interface SystemContext {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
}

/**
 * Font directories to search, most specific first. `JIANBAO_FONT_DIRS` (separated like PATH)
 * comes before the system's own, so a user can point at a folder of fonts without installing them.
 */
export function systemFontDirs({ platform, env, home }: SystemContext): string[] {
  const extra = (env.JIANBAO_FONT_DIRS ?? '').split(path.delimiter).filter(Boolean);
  switch (platform) {
    case 'win32': {
      const windir = env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows';
      const local = env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local');
      return [...extra, path.win32.join(windir, 'Fonts'), path.win32.join(local, 'Microsoft', 'Windows', 'Fonts')];
    }
    case 'darwin':
      return [
        ...extra,
        path.join(home, 'Library', 'Fonts'),
        '/Library/Fonts',
        '/System/Library/Fonts/Supplemental',
        '/System/Library/Fonts',
      ];
    default: {
      // The fontconfig defaults (fonts.conf): user folders, then the system's.
      const dataHome = env.XDG_DATA_HOME ?? path.join(home, '.local', 'share');
      return [...extra, path.join(dataHome, 'fonts'), path.join(home, '.fonts'), '/usr/local/share/fonts', '/usr/share/fonts'];
    }
  }
}
