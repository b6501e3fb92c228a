// The browser is opened with the platform's own opener, never through a shell, and not tried
// where there is no one to look (CI, a Linux session without a display).
import { canOpenBrowser, openerFor, startDetached } from '../../src/preview/open-browser';

const URL = 'http://127.0.0.1:4321/?token=abc_DEF-123';

test('each platform its opener, the address as one argument', () => {
  expect(openerFor('linux', URL)).toEqual(['xdg-open', [URL]]);
  expect(openerFor('freebsd', URL)).toEqual(['xdg-open', [URL]]);
  expect(openerFor('darwin', URL)).toEqual(['open', [URL]]);
  expect(openerFor('win32', URL)).toEqual(['rundll32', ['url.dll,FileProtocolHandler', URL]]);
});

test('not under CI, and on Linux only with a display', () => {
  expect(canOpenBrowser({ CI: 'true', DISPLAY: ':0' }, 'linux')).toBe(false);
  expect(canOpenBrowser({ CI: '1' }, 'darwin')).toBe(false);
  expect(canOpenBrowser({}, 'linux')).toBe(false);
  expect(canOpenBrowser({ DISPLAY: ':0' }, 'linux')).toBe(true);
  expect(canOpenBrowser({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
  expect(canOpenBrowser({}, 'darwin')).toBe(true);
  expect(canOpenBrowser({}, 'win32')).toBe(true);
});

test('an opener that is not installed is reported, not thrown', async () => {
  expect(await startDetached('jianbao-no-such-opener', [URL])).toMatch(/^jianbao-no-such-opener: .*ENOENT/);
});
