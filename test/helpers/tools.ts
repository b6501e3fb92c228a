// Outside programs some tests drive (LibreOffice, poppler, tmux). A test that needs one that is
// missing is skipped BY NAME, with the reason in its title, so a run's summary shows it: never a
// silent pass. `.ci/run` installs them all and fails when it cannot.
import { spawnSync } from 'node:child_process';

export interface Tool {
  /** The command to run, or null when none of the candidates works here. */
  command: string | null;
  /** Why it is missing and how to install it (or its version line when present). */
  why: string;
}

export function findTool(candidates: readonly string[], versionArgs: readonly string[], install: string): Tool {
  for (const command of candidates) {
    const probe = spawnSync(command, versionArgs, { encoding: 'utf8', timeout: 60_000 });
    // poppler's tools print their version on stderr and exit 0 (pdffonts) or 99 (older builds).
    if (!probe.error && (probe.status === 0 || probe.status === 99))
      return { command, why: `${probe.stdout || probe.stderr}`.trim().split('\n')[0] };
  }
  return { command: null, why: `${candidates.join(' / ')} not installed (${install})` };
}

/** `test` when the tool is there; otherwise `test.skip` with the reason appended to the title. */
export function testWith(tool: Tool, name: string, fn: jest.ProvidesCallback, timeout?: number): void {
  if (tool.command) test(name, fn, timeout);
  else test.skip(`${name} [skipped: ${tool.why}]`, fn, timeout);
}

export const soffice = (): Tool => findTool(['soffice', 'libreoffice'], ['--version'], 'apt-get install libreoffice-writer-nogui');
export const pdffonts = (): Tool => findTool(['pdffonts'], ['-v'], 'apt-get install poppler-utils');
export const tmux = (): Tool => findTool(['tmux'], ['-V'], 'apt-get install tmux');
export const chromium = (): Tool => findTool(['chromium', 'chromium-browser', 'google-chrome'], ['--version'], 'apt-get install chromium');
