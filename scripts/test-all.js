// `npm run test:all`: every test, the full tier (JIANBAO_TEST_TIER=full), on any platform (a
// `VAR=value cmd` script line does not run in Windows cmd). Extra arguments go to jest.
'use strict';
const { spawnSync } = require('node:child_process');

const jest = require.resolve('jest/bin/jest');
const run = spawnSync(process.execPath, [jest, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, JIANBAO_TEST_TIER: 'full' },
});
process.exitCode = run.status ?? 1;
