// How commands use the build server, from JIANBAO_SERVER: `0` (or off) never; `manual` only a
// server started with `jianbao server start`; `auto` also starts one when a command finds none.
// Unset means auto, except in CI, where each job is a new machine that a server would only outlive.

export type ServerMode = 'off' | 'manual' | 'auto';

/** Whether the environment is a CI job: CI is set by GitHub Actions, GitLab, Jenkins (via plugins), Travis, …. */
export function inCi(env: NodeJS.ProcessEnv): boolean {
  const ci = (env.CI ?? '').trim().toLowerCase();
  return ci !== '' && ci !== '0' && ci !== 'false';
}

export function serverMode(env: NodeJS.ProcessEnv): ServerMode {
  const value = (env.JIANBAO_SERVER ?? '').trim().toLowerCase();
  if (['0', 'off', 'false', 'no'].includes(value)) return 'off';
  if (value === 'manual') return 'manual';
  if (['auto', '1', 'on', 'true', 'yes'].includes(value)) return 'auto';
  return inCi(env) ? 'manual' : 'auto';
}
