import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  globalIgnores(['dist', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', 'bench-results']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended, reactHooks.configs.flat['recommended-latest']],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/features/*/**'], message: 'Features import from lib/ and ui/, never from another feature.' }] },
      ],
    },
  },
  {
    files: ['src/app/**', 'mocks/**', 'e2e/**', 'src/features/**', 'core/**', 'server/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The shared API rules know the contract (the schemas) and nothing of either backend.
    files: ['core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)src/(?!features/connections/schema(/|$))', message: 'core/ imports only the contract: src/features/connections/schema.' },
            { group: ['**/mocks/**', '**/server/**', 'msw', 'msw/*'], message: 'core/ is shared by both backends: it imports neither.' },
          ],
        },
      ],
    },
  },
  {
    // The server shares core/ with the embedded backend, never the embedded backend itself.
    files: ['server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)src/(?!features/connections/schema(/|$))', message: 'server/ imports only the contract: src/features/connections/schema.' },
            { group: ['**/mocks/backend/**', 'msw', 'msw/*'], message: 'server/ shares core/ with the embedded backend, never the embedded backend itself.' },
          ],
        },
      ],
    },
  },
]);
