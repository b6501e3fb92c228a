// eslint flat config: typescript-eslint's recommended rules over the TypeScript sources, tests and
// the plain-Node scripts. Not type-aware: a typed run costs a full program build on every lint.
'use strict';
const { defineConfig } = require('eslint/config');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');

module.exports = defineConfig(
  // Build output, installs and scratch folders (all in .gitignore).
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'out/', 'tmp/', '.ci/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a part taken apart only to be left out of a rest object.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Chinese paragraphs open with ideographic spaces (U+3000), also in comments and test templates.
      'no-irregular-whitespace': ['error', { skipComments: true, skipTemplates: true }],
    },
  },
  {
    files: ['**/*.js', 'bin/jianbao'],
    languageOptions: { sourceType: 'commonjs' },
    rules: {
      // The scripts, bench and bin are plain CommonJS Node files.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
  },
);
