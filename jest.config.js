/** Tests mirror src/; TypeScript is compiled per file (isolatedModules) so a test run stays fast. */
module.exports = {
  globalSetup: '<rootDir>/test/global-setup.js',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  testTimeout: 60000,
};
