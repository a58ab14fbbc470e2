// The linter of every package: ESLint's and typescript-eslint's recommended rules, Lit's and web
// components' rules (lit-a11y included), and the portal's import rules (config/eslint-plugin-portal.mjs).
// `npm test` runs it; a violation fails the run. Formatting is Prettier's (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import regexp from 'eslint-plugin-regexp';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import portal from './config/eslint-plugin-portal.mjs';

const browserCode = ['shell/src/**/*.ts', 'modules/*/src/**/*.ts'];

export default tseslint.config(
  {
    ignores: ['**/node_modules/', '**/dist/', '**/dist-dev/', '.data/', 'e2e/artifacts/', 'mock-backend/drizzle/', '**/*.d.mts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { portal },
    rules: {
      'portal/import-boundaries': 'error',
      // A `let` assigned once, later than a closure that reads it (a timer cleared on shutdown), stays a `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Unused arguments named with a leading underscore document an interface's shape.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // The architecture's convention: status values as `as const` objects, no enums.
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object and a derived union instead of an enum.' },
      ],
    },
  },
  {
    // Regular expressions that backtrack over a long input stall the one thread that serves everyone
    // (a 100 KB report froze the server for 40 s): none may take more than linear time, in any code
    // that sees input. Tests may, their input is their own.
    files: ['shell/src/**/*.ts', 'modules/*/src/**/*.ts', 'shared-contracts/src/**/*.ts', 'mock-backend/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/testing/**'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    files: browserCode,
    languageOptions: { globals: { ...globals.browser } },
    plugins: { lit, wc, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
    },
  },
  {
    // Small files and functions, so a page class or a router cannot grow into a room of its own.
    // Data (messages, seeds, long texts) and tests are exempt: their length is content.
    files: ['shell/src/**/*.ts', 'modules/*/src/**/*.ts', 'shared-contracts/src/**/*.ts', 'mock-backend/src/**/*.ts'],
    ignores: [
      '**/*.test.ts',
      '**/testing/**',
      '**/*.messages.ts',
      '**/*.data.ts',
      '**/*.content.ts',
      '**/messages.ts',
      'mock-backend/src/storage/seeds/**',
      'mock-backend/src/legacy/text.ts',
    ],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
  {
    // Plain scripts that run in a page, not in Node: the legacy pages' bridge, the shell's
    // "unsupported browser" note, test fixtures loaded as scripts.
    files: ['mock-backend/src/legacy/assets/**/*.js', 'shell/public/**/*.js', 'shell/src/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The backend refuses control characters in names and paths on purpose: the regular
    // expressions that find them are the point, not a mistake.
    files: ['mock-backend/src/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // Tests: chai's `expect(…).to.be.true` is an expression; mocha's globals.
    files: ['**/*.test.ts', '**/testing/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
