import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';

export default tseslint.config(
  { ignores: ['dist', 'dist-demo', 'dist-e2e', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', 'infra/cdk.out', 'infra/node_modules'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: {
      'react-hooks': reactHooks,
      '@tanstack/query': pluginQuery,
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // CloudFront Functions are plain scripts: the runtime calls the top-level `handler`.
    files: ['infra/functions/**/*.js'],
    rules: { 'no-var': 'off', '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^handler$' }] },
  },
  {
    // Playwright fixtures call a function named `use`; it is not React's.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Features must not reach into each other's internals; shared code lives in src/lib or src/components.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          // ../../<other feature>/(api|components)/… from inside a feature, or ../<other feature>/… from its routes file.
          regex: '^(\\.\\./\\.\\./|\\.\\./)[^./][^/]*/(api|components)/',
          message: 'Import another feature only through its index.ts; move shared code to src/lib or src/components.',
        }],
      }],
    },
  },
);
