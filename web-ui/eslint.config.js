import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The dictionaries (src/i18n/dictionaries) are left out: each feature keeps its own messages and they merge them.
const shared = ['./src/api', './src/auth', './src/components', './src/config', './src/i18n/*.ts', './src/lib'];

// Which other features each feature may import (docs/adr/0032). Only their api/, components/ and hooks/ are
// open to others; utils/, stores/, i18n/ and styles stay inside. What two features both need goes to the
// shared folders above, or the app composes them (src/app, src/main.tsx).
const featureImports = {
  agency: [],
  area: [],
  category: [],
  offline: [],
  // Admins edit the agencies and categories that everyone else reads, and refresh those lists.
  admin: ['agency', 'category'],
  // Erasing personal data changes the reports that the report screens have cached.
  'my-data': ['report'],
  // The report form sends through the offline outbox and picks agencies, categories and areas.
  report: ['agency', 'area', 'category', 'offline'],
  // The dashboards filter like the report screens and show their status badge.
  stats: ['agency', 'area', 'category', 'report'],
};
const openFolders = ['api', 'components', 'hooks'];

// A new feature folder without its line above, or two features importing each other (even through a third),
// stops lint here rather than slipping through unrestricted.
const featureFolders = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
for (const feature of featureFolders) {
  if (!(feature in featureImports)) throw new Error(`eslint.config.js: add src/features/${feature} to featureImports`);
}
const assertOneWay = (feature, path = []) => {
  if (path.includes(feature)) throw new Error(`eslint.config.js: features in a cycle: ${[...path, feature].join(' -> ')}`);
  for (const next of featureImports[feature]) assertOneWay(next, [...path, feature]);
};
Object.keys(featureImports).forEach((feature) => assertOneWay(feature));

const featureZones = Object.entries(featureImports).map(([feature, allowed]) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`, ...allowed.flatMap((other) => openFolders.map((folder) => `./${other}/${folder}`))],
  message: allowed.length
    ? `${feature} may import only the api/, components/ and hooks/ of: ${allowed.join(', ')} (eslint.config.js featureImports).`
    : `${feature} imports no other feature: move what it needs to a shared folder (eslint.config.js featureImports).`,
}));

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
      // Unidirectional architecture (bulletproof-react): shared code -> features -> app; between features, featureImports.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
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
