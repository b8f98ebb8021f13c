import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The dictionaries (src/i18n/dictionaries) are left out: each feature keeps its own messages and they merge them.
const shared = ['./src/api', './src/auth', './src/components', './src/config', './src/i18n/*.ts', './src/lib'];

export default defineConfig(
  globalIgnores(['dist', 'node_modules', 'test-results', 'playwright-report', 'src/api/schema.d.ts']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended, reactHooks.configs.flat.recommended],
    plugins: { 'import-x': importX },
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser } },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      // Unidirectional architecture (bulletproof-react): shared code -> features -> app.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // The report screens compose the small data features (agencies, categories, areas) and the offline outbox.
            {
              target: './src/features/report',
              from: './src/features',
              except: ['./report', './offline', './agency', './category', './area'],
            },
            // The dashboards filter by agency, category and area, and show reports with the report screens' status badge.
            {
              target: './src/features/stats',
              from: './src/features',
              except: ['./stats', './report', './agency', './category', './area'],
            },
            // Erasing personal data changes the reports that the report screens have cached.
            {
              target: './src/features/my-data',
              from: './src/features',
              except: ['./my-data', './report'],
            },
            { target: './src/features', from: './src/app' },
            { target: shared, from: ['./src/features', './src/app'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['e2e/**/*.ts', '*.config.ts', 'src/**/*.node.test.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
