// Opens the preview in the user's browser with the platform's own opener. Not under CI, and not
// on a Linux/BSD machine without a display (over ssh): there the printed address is enough.
import { spawn } from 'node:child_process';

export function openerFor(platform: NodeJS.Platform, url: string): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  // url.dll takes the address as one argument: no shell, so nothing in it is interpreted.
  if (platform === 'win32') return ['rundll32', ['url.dll,FileProtocolHandler', url]];
  return ['xdg-open', [url]];
}

export function canOpenBrowser(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  if (env.CI) return false;
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** Resolves with null once the opener started, or with why it could not. */
export function openBrowser(url: string, platform: NodeJS.Platform = process.platform): Promise<string | null> {
  return startDetached(...openerFor(platform, url));
}

/** Starts a program that outlives this one (the opener may stay until the browser is up). */
export function startDetached(command: string, args: string[]): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.once('error', (e) => resolve(`${command}: ${e.message}`));
    child.once('spawn', () => {
      child.unref();
      resolve(null);
    });
  });
}
