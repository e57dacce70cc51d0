// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const sharedLayers = ['api', 'auth', 'components', 'lib', 'config', 'i18n'].map((layer) => `./src/${layer}`);

/** Browser storage outlives the page: only lib/preferences (non-secret) and the token store may touch it. */
const storageGlobals = ['localStorage', 'sessionStorage'].map((name) => ({
  name,
  message: 'Use lib/preferences for non-secret preferences; tokens live only in auth/token-storage.ts.',
}));
const storageProperties = ['window', 'globalThis', 'self'].flatMap((object) =>
  storageGlobals.map(({ name, message }) => ({ object, property: name, message })),
);

/** Transport (requests, XHR, XML) belongs in src/api, behind typed functions and the client's error handling. */
const transportGlobals = ['XMLHttpRequest', 'DOMParser', 'XMLSerializer', 'fetch'].map((name) => ({
  name,
  message: 'Requests and XML handling live in src/api; call a typed function from there.',
}));
const transportProperties = ['window', 'globalThis', 'self'].flatMap((object) =>
  transportGlobals.map(({ name, message }) => ({ object, property: name, message })),
);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'playwright-report',
      'test-results',
      'public/mockServiceWorker.js',
      '.tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    settings: {
      // Without it import-x treats .ts/.tsx as unknown files and no-cycle never follows them.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs['flat/recommended'][0]?.rules,
      // The HTTP client is how a query asks, not what it asks for: a query's key names its data (and the cache
      // is emptied when the user changes, app/create-services.ts).
      '@tanstack/query/exhaustive-deps': ['error', { allowlist: { types: ['ApiClient'] } }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A cycle cannot pass through a package and come back into src/: not following packages' imports
      // takes the rule from 15 s to 4 s of the lint.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // shared layers know nothing of features or the app
            ...sharedLayers.map((target) => ({ target, from: ['./src/features', './src/app'] })),
            // the lowest layers hold no UI: lib and api never import components
            ...['./src/lib', './src/api'].map((target) => ({ target, from: './src/components' })),
            // features never import the app
            { target: './src/features', from: './src/app' },
            // features never import each other; route modules in app/ compose them
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
            })),
            // only the dev bootstrap (src/main.tsx) may load the fake platform
            ...['./src/app', './src/features', ...sharedLayers].map((target) => ({
              target,
              from: './mocks',
            })),
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: {
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User-controlled text must render as text.',
        },
      ],
      'no-restricted-globals': ['error', ...storageGlobals],
      'no-restricted-properties': ['error', ...storageProperties],
    },
  },
  {
    // The demo's own parts load beside the fake platform, in demo mode only (main.tsx and i18n/i18n.ts import
    // them dynamically): a static import would put them on every deployment's first route.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/app/demo/**', 'src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(demo/(demo-ui|scenario-banner|demo-user-link)|(en|fr)/demo)$',
              // the strings' type describes every language's strings
              allowTypeImports: true,
              message: 'The demo loads these in demo mode only; import them with import().',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/preferences.ts', 'src/auth/token-storage.ts'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
  {
    // Rules of one name replace each other between blocks: this one repeats the storage rules.
    files: ['src/features/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...storageGlobals, ...transportGlobals],
      'no-restricted-properties': ['error', ...storageProperties, ...transportProperties],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
