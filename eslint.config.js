import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { moduleBoundaries } from './scripts/lint/module-boundaries.mjs';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'apps/server/drizzle/**', 'data/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // Time comes from the injected Clock (manual in tests and demos), never from the host directly.
    files: ['apps/server/src/**/*.ts'],
    ignores: ['apps/server/src/platform/clock.ts', '**/*.test.ts', 'apps/server/src/test/**', '**/test-fixtures.ts', '**/*.fixtures.ts', '**/*test-kit.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take the time from the Clock (deps.clock.now() or the sweep/transaction now).',
        },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Take the time from the Clock (deps.clock.now()).' },
      ],
    },
  },
  {
    // module walls (docs/architecture.md): other modules only through their index, writes only to own tables
    files: ['apps/server/src/**/*.ts'],
    plugins: { 'module-boundaries': moduleBoundaries },
    rules: { 'module-boundaries/no-deep-import': 'error', 'module-boundaries/no-foreign-write': 'error' },
  },
  {
    // TEMPORARY, until the delivery rooms land: these delivery files are being moved by the
    // delivery-rooms work (kits and fixtures into src/test/kits, tests onto the kits, the demo
    // seed through accounts' functions). Remove this block when that branch merges.
    files: [
      'apps/server/src/modules/delivery/delivery.seed.test.ts',
      'apps/server/src/modules/delivery/engine.test.ts',
      'apps/server/src/modules/delivery/files.test.ts',
      'apps/server/src/modules/delivery/messages.test.ts',
      'apps/server/src/modules/delivery/operator-projects.test.ts',
      'apps/server/src/modules/delivery/project-views.test.ts',
      'apps/server/src/modules/delivery/timeouts.test.ts',
      'apps/server/src/modules/delivery/workbench.test.ts',
    ],
    rules: { 'module-boundaries/no-deep-import': 'off' },
  },
  {
    // TEMPORARY, until the delivery rooms land (see above): delivery's seed and fixture builders
    // insert accounts', orders' and reviews' rows directly.
    files: [
      'apps/server/src/modules/delivery/delivery.seed.ts',
      'apps/server/src/modules/delivery/delivery-test-kit.ts',
      'apps/server/src/modules/delivery/views.fixtures.ts',
      'apps/server/src/modules/delivery/workbench.fixtures.ts',
    ],
    rules: { 'module-boundaries/no-deep-import': 'off', 'module-boundaries/no-foreign-write': 'off' },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
