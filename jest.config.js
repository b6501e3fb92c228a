/**
 * Tests mirror src/; TypeScript is compiled per file (isolatedModules) so a test run stays fast.
 * Two tiers: `npm test` is the fast one (the README's command, 2 to 2½ minutes on 2 cores);
 * `npm run test:all` sets JIANBAO_TEST_TIER=full and runs everything, as `.ci/run` does.
 */
const full = process.env.JIANBAO_TEST_TIER === 'full';

// Slow or outside-tool tests that only the full tier runs: real LibreOffice conversions, the
// wizard in tmux, SIGKILLed batches, the benchmark script, determinism across time zones, eslint.
const FULL_TIER_ONLY = [
  '<rootDir>/test/bench/run.test.ts',
  '<rootDir>/test/e2e/libreoffice.test.ts',
  '<rootDir>/test/e2e/libreoffice-marks.test.ts',
  // Also the body table opened in LibreOffice, moved from render/tables.test.ts (3 s; the fast tier
  // checks the DOCX's w:tbl rows and cells).
  '<rootDir>/test/render/docx/soffice.test.ts',
  '<rootDir>/test/e2e/docx-pages.test.ts',
  '<rootDir>/test/e2e/wizard-tty.test.ts',
  // init's Ctrl+C and proposals in tmux (2 s); test/cli/init.test.ts proves both in-process.
  '<rootDir>/test/e2e/init-tty.test.ts',
  // jianbao preview in headless Chromium (about 15 s).
  '<rootDir>/test/e2e/preview-chromium.test.ts',
  '<rootDir>/test/batch/kill-and-determinism.test.ts',
  '<rootDir>/test/reliability/kill.test.ts',
  '<rootDir>/test/reliability/determinism.test.ts',
  // Starts headless Chromium once per sample (several seconds each).
  '<rootDir>/test/render/html/chromium-dom.test.ts',
  // Real LibreOffice conversions of contributions (.doc/.wps/.odt/.rtf).
  '<rootDir>/test/import/intake/libreoffice.test.ts',
  '<rootDir>/test/import/intake/department-files.test.ts',
  // Whole back issues saved as .doc by LibreOffice, then imported (converted back).
  '<rootDir>/test/import/word-issue/doc-round-trip.test.ts',
  // Whole archives through the batch engine, and the reliability and hostile-input corpora at size.
  '<rootDir>/test/batch/build-archive.test.ts',
  '<rootDir>/test/reliability/properties.test.ts',
  '<rootDir>/test/reliability/images.test.ts',
  '<rootDir>/test/security/hostile.test.ts',
  '<rootDir>/test/security/png-bomb.test.ts',
  // The editor's walkthrough in a real terminal (tmux), the archive PDF's structure read back in
  // full (tags, bookmarks, PDF/A), and the bundled 楷 unpacked from WOFF2 in a child process.
  '<rootDir>/test/e2e/editor-path.test.ts',
  '<rootDir>/test/e2e/paste-tty.test.ts',
  '<rootDir>/test/render/pdf/archive.test.ts',
  '<rootDir>/test/fonts/bundled-kai.test.ts',
  // eslint over the whole tree (`npm run lint`), about 15 s on its own.
  '<rootDir>/test/scripts/eslint.test.ts',
];

// Packages (and their dependencies) published only as ES modules.
const ESM_ONLY = [
  'commander',
  'htmlparser2',
  'domhandler',
  'domutils',
  'domelementtype',
  'dom-serializer',
  'entities',
  '@inquirer',
  'puppeteer-core',
  '@puppeteer/browsers',
];

module.exports = {
  globalSetup: '<rootDir>/test/global-setup.js',
  globalTeardown: '<rootDir>/test/global-teardown.js',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...(full ? [] : FULL_TIER_ONLY)],
  transform: {
    '^.+\\.ts$': 'ts-jest',
    // ESM-only dependencies: Node loads them with require(esm), Jest's module system cannot, so
    // their files are compiled to CommonJS (type-free, file by file) like our own.
    '/node_modules/.+\\.m?js$': ['ts-jest', { tsconfig: { allowJs: true } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  // Jest's default on 2 cores is a single worker; both cores halve the run.
  maxWorkers: 2,
  testTimeout: 60000,
};
