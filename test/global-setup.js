// End-to-end tests run the real bin/jianbao, which loads dist/: compile it first so they never
// test a stale build.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async () => {
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(__dirname, '..', 'tsconfig.build.json')], { stdio: 'inherit' });
};
