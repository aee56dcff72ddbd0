// Lint for the whole tree, run by `npm test` through `npm run lint` (beside `prettier --check`).
// Formatting is prettier's job (.prettierrc.json, `npm run format` fixes both); this file keeps
// what prettier cannot see: typescript-eslint's recommended rules and one import order
// (eslint-plugin-simple-import-sort, autofixable).
// @see https://typescript-eslint.io/getting-started
// @see https://github.com/lydell/eslint-plugin-simple-import-sort
import js from '@eslint/js';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Generated files keep the form their generator gives them (scripts/providers, scripts/framework.ts).
  {
    ignores: [
      'dist/**',
      '**/cdktf.out/**',
      'node_modules/**',
      'coverage/**',
      'lib/providers/**',
      'lib/framework.ts',
      'test/support/framework-jest.ts',
      'scripts/providers/schemas/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // A `let` read by a closure before its one assignment (a Lazy value that names a construct
      // declared later) cannot be a const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // TypeScript itself reports undefined names (typescript-eslint's advice for TS files).
    files: ['**/*.ts'],
    rules: { 'no-undef': 'off' },
  },
  {
    // The CLI loads each command's modules on demand so that `validate-token` and `review` never
    // load cdktf or the checks; jest's isolateModules needs require() too; the bindings generator
    // loads the CommonJS provider generator only when it runs.
    files: ['lib/cli/**/*.ts', 'test/**/*.ts', 'jest.config.js', 'test/**/*.js', 'scripts/providers/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests read parsed JSON reports (SARIF, Terraform JSON) field by field.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
