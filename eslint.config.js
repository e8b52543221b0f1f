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
  // Layers: app → features → components, lib. Each zone lists what its files may not import.
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          {
            // ../<other feature>/(api|components|model)/… from a feature's root files, ../../… from its folders.
            regex: '^(\\.\\./){1,2}[^./][^/]*/(api|components|model)/',
            message: 'Import another feature only through its index.ts; move shared code to src/lib or src/components.',
          },
          {
            regex: '^@/features/[^/]+/',
            message: 'Import another feature only through its index.ts (@/features/<feature>); your own feature\'s files by relative path.',
          },
          {
            regex: '^(@/app(/|$)|(\\.\\./){2,}app(/|$))',
            message: 'Features never import src/app: throw an error the route view renders, or move shared UI to src/components.',
          },
          {
            // The simulator (mocks/, for tests) lives outside src/ and has no alias.
            regex: '^(\\.\\./){3,}(?!(\\.\\./)*mocks/)',
            message: 'Use the @/ alias for src/ instead of climbing three or more folders.',
          },
          {
            // Types are fine; clients and commands are built and sent in src/lib/aws only.
            group: ['@aws-sdk/client-*'],
            allowTypeImports: true,
            message: 'Only src/lib/aws builds SDK clients and commands: call scheduleSdm (or listAll) instead.',
          },
        ],
      }],
    },
  },
  {
    files: ['src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          {
            regex: '^(@/(features|app)(/|$)|(\\.\\./)+(features|app)(/|$))',
            message: 'src/lib and src/components are shared by every feature: they never import a feature or src/app.',
          },
          {
            // Types are fine; clients and commands are built and sent in src/lib/aws only.
            group: ['@aws-sdk/client-*'],
            allowTypeImports: true,
            message: 'Only src/lib/aws builds SDK clients and commands: call scheduleSdm (or listAll) instead.',
          },
        ],
      }],
    },
  },
  {
    // The AWS layer: the one place SDK clients and commands are made (client.ts, sdm-commands.ts) and sent (scheduler.ts).
    files: ['src/lib/aws/**/*.ts'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: '^(@/(features|app)(/|$)|(\\.\\./)+(features|app)(/|$))',
          message: 'src/lib is shared by every feature: it never imports a feature or src/app.',
        }],
      }],
    },
  },
);
