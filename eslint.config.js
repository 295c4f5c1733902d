import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';

/*
 * Import boundaries (docs/layout.md, docs/decisions/feature-folders.md).
 *
 * Each folder of src/features/connections/ answers one question a person asks of the app. Other
 * folders, and the rest of the project, may import only the files listed for it here (without
 * extension; `index` is the folder itself); everything else in it is its own business. To use
 * another file from outside, add it here: that is the folder's public surface growing, on purpose.
 */
const publicFiles = {
  schema: ['index', 'plain', 'load', 'zodConfig', 'badInputs.corpus'],
  api: ['index'],
  guides: ['index', 'ConnectionGuide', 'ConnectionGuideLayout', 'ConnectionGuideSlot', 'import/CredentialsFileImport', 'focusedField'],
  form: [
    'ConnectionPanel',
    'ConnectionForm',
    'formModel',
    'useFormSnapshot',
    'editingContext',
    'uniqueName',
    'RedirectUrlField',
    'lazyParts',
    'renderConnectionForm',
  ],
  test: ['ConnectionChecks', 'ConnectionTest', 'connectionTestModel', 'DuplicateStoreNotice', 'RowTestButton', 'ConnectionChecks.module.css'],
  authorize: ['OAuthAuthorization', 'OAuthCallbackPage', 'useAuthorize'],
  drafts: ['useConnectionDraft', 'DraftRestoreOffer', 'ResumedDraftNotice', 'UnsavedChangesGuard', 'saveAttemptKey'],
  list: ['ConnectionsPage', 'ResetDemoButton', 'ConnectionStatusCell'],
  details: ['ConnectionDetailsPage'],
  status: ['statusModel'],
};

/**
 * The server build's own features (sign-in, issue 9; API keys, issue 21; webhooks, issue 22): what src/app may import
 * of each. They import from lib/ and ui/, and of the connections feature only its contract
 * (`connections/schema`, whose session.ts, activity.ts and apiKeys.ts are theirs), never each other.
 */
const featurePublicFiles = {
  session: ['SessionBar', 'SignInPage', 'SetupPage', 'ChangePasswordPage'],
  activity: ['ActivityPage'],
  apiKeys: ['ApiKeysPage'],
  webhooks: ['WebhooksPage'],
};

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An import of a file of `folder` that is not on its list, by a path that ends `<prefix><folder>/<file>`. */
const privateFileOf = (prefix, folder) => `${prefix}${folder}/(?!(${publicFiles[folder].map(escape).join('|')})$)`;
const folderMessage = (folder) => `${folder}/ is imported from other folders only through: ${publicFiles[folder].join(', ')} (eslint.config.js).`;

/** From anywhere: `.../connections/<folder>/<private file>`. */
const intoFolders = Object.keys(publicFiles).map((folder) => ({
  regex: privateFileOf('(^|/)connections/', folder),
  caseSensitive: true,
  message: folderMessage(folder),
}));
/** From a folder of the feature: `../<folder>/<private file>` (or `../../` from a sub-folder). */
const intoSiblings = Object.keys(publicFiles).map((folder) => ({
  regex: privateFileOf('^(\\.\\./)+', folder),
  caseSensitive: true,
  message: folderMessage(folder),
}));

/** From src/app: `../features/<feature>/<file not on its list>`. */
const intoFeatures = Object.entries(featurePublicFiles).map(([feature, files]) => ({
  regex: `(^|/)features/${feature}/(?!(${files.map(escape).join('|')})$)`,
  caseSensitive: true,
  message: `features/${feature}/ is imported only through: ${files.join(', ')} (eslint.config.js).`,
}));
/** From a sign-in feature: any other feature, and of connections anything but its contract. */
const contractOnlyFrom = (feature) => ({
  regex: `^(\\.\\./)+(${Object.keys(featurePublicFiles).filter((other) => other !== feature).join('|')})(/|$)|^(\\.\\./)+connections/(?!schema$)|(^|/)features/`,
  caseSensitive: true,
  message: `features/${feature}/ imports lib/, ui/ and the contract (connections/schema), never another feature.`,
});

const noMocks = {
  regex: '(^|/)mocks(/|$)',
  caseSensitive: true,
  message: 'The app reaches the backend over HTTP: only src/app/start.tsx imports mocks/ (to start the embedded one).',
};
const noFeatures = { group: ['**/features/*/**'], message: 'Features import from lib/ and ui/, never from another feature.' };
const contractOnly = {
  regex: '(^|/)features/(?!connections/schema(/|$))',
  caseSensitive: true,
  message: 'mocks/, core/, server/ and e2e/ import only the contract: src/features/connections/schema.',
};

const restrict = (...patterns) => ['error', { patterns }];
// In src/ also: no form state read from a form's context. The connection form's provider holds the
// `useForm` result of its first render, so that the fields under it do not render again whenever the
// form state changes (docs/decisions/blocking-time.md, item 3): its `formState` would be stale. A
// component subscribes with useFormState (or useController, useWatch) instead.
const staleFormState = [
  'VariableDeclarator[init.callee.name="useFormContext"] > ObjectPattern > Property[key.name="formState"]',
  'MemberExpression[object.callee.name="useFormContext"][property.name="formState"]',
].map((selector) => ({ selector, message: "A form's context holds its first render's formState: subscribe with useFormState instead." }));
// no-restricted-imports does not look at import(): the same patterns as selectors for it (esquery's
// regular expressions end at the first "/", so a slash is written \x2F).
const restrictLater = (...patterns) => [
  'error',
  ...patterns.map(({ regex, message }) => ({ selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`, message })),
  ...staleFormState,
];

export default defineConfig([
  globalIgnores(['dist', 'dist-server', 'data', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', 'bench-results']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended, reactHooks.configs.flat['recommended-latest']],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // src/lib, src/ui, scripts/ and the root configs.
      'no-restricted-imports': restrict(noFeatures),
    },
  },
  // Later entries replace the rule's options for the files they match.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(noFeatures, noMocks), 'no-restricted-syntax': restrictLater(noMocks) },
  },
  {
    // The entry (src/main.tsx) and the app shell compose the features through their public files.
    files: ['src/main.tsx', 'src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(noMocks, ...intoFolders, ...intoFeatures),
      'no-restricted-syntax': restrictLater(noMocks, ...intoFolders, ...intoFeatures),
    },
  },
  ...Object.keys(featurePublicFiles).map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': restrict(noMocks, contractOnlyFrom(feature)),
      'no-restricted-syntax': restrictLater(noMocks, contractOnlyFrom(feature)),
    },
  })),
  {
    // It starts the embedded backend (and mounts the simulated consent page).
    files: ['src/app/start.tsx'],
    rules: { 'no-restricted-imports': restrict(...intoFolders), 'no-restricted-syntax': restrictLater(...intoFolders) },
  },
  {
    files: ['src/features/connections/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(noMocks, ...intoFolders, ...intoSiblings),
      'no-restricted-syntax': restrictLater(noMocks, ...intoFolders, ...intoSiblings),
    },
  },
  {
    files: ['mocks/**/*.{ts,tsx}', 'core/**/*.ts', 'server/**/*.ts', 'e2e/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(contractOnly, ...intoFolders) },
  },
  {
    // The API's rules are shared by both backends (docs/decisions/shared-rules.md): they import neither.
    files: ['core/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(contractOnly, ...intoFolders, { group: ['**/mocks/**', '**/server/**', 'msw', 'msw/*'], message: 'core/ is shared by both backends: it imports neither.' }) },
  },
  {
    // The server shares core/ with the embedded backend, never the embedded backend itself.
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(contractOnly, ...intoFolders, { group: ['**/mocks/backend/**', 'msw', 'msw/*'], message: 'server/ shares core/ with the embedded backend, never the embedded backend itself.' }) },
  },
]);
