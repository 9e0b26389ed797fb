// Lint rules: typescript-eslint's type-aware recommended set, plus a rule that keeps
// the pure layers (stats, method, engine, report) free of Node built-ins so they run in a browser.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/stats/**', 'src/method/**', 'src/engine/**', 'src/report/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], message: 'Pure layers must not do I/O: keep Node built-ins in src/pipeline or src/cli.' },
          { group: ['**/pipeline/**', '**/cli/**'], message: 'Pure layers must not depend on the I/O layers.' },
        ],
      }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
