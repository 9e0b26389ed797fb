// Lint rules: ESLint's and typescript-eslint's recommended sets, plus rules that keep the pure layers
// (stats, method, engine, edition, report, analysis, geo, contract, views) free of Node built-ins and of the I/O layers, so they run in a browser.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/stats/**', 'src/method/**', 'src/engine/**', 'src/edition/**', 'src/report/**', 'src/analysis/**', 'src/geo/**', 'src/contract/**', 'src/views/**'],
    rules: {
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', '__filename', 'require'],
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], message: 'Pure layers must not do I/O: keep Node built-ins in src/pipeline or src/cli.' },
          { group: ['**/pipeline/**', '**/cli/**'], message: 'Pure layers must not depend on the I/O layers.' },
        ],
      }],
    },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The web app runs in the browser: browser globals, no Node ones.
  {
    files: ['web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', '__filename', 'require'] },
  },
);
