import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first: each may import only the layers before it. Views sit
 * above everything they draw with; the app (main, providers, header, view switch) on top.
 */
export const LAYERS = ['domain', 'analysis', 'data', 'state', 'components', 'figures', 'charts', 'presentation', 'export', 'views', 'app'];

const layerZones = LAYERS.slice(0, -1).map((layer, i) => ({
  target: `./src/${layer}`,
  from: [...LAYERS.slice(i + 1).map((above) => `./src/${above}`), './src/main.tsx'],
  message: `src/${layer} may import only the layers below it (${LAYERS.slice(0, i).join(', ') || 'none'}).`,
}));

/** Every folder of src/views is a view, except `shared`, which holds what several views use. */
const VIEWS = readdirSync(join(import.meta.dirname, 'src/views'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const viewZones = VIEWS.map((view) => ({
  target: `./src/views/${view}`,
  from: './src/views',
  except: view === 'shared' ? ['./shared'] : [`./${view}`, './shared'],
  message:
    view === 'shared'
      ? 'src/views/shared is below every view: it may not import a view.'
      : `A view imports no other view's files: move what both use to src/views/shared or a lower layer.`,
}));

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'public/data', 'bench/corpus', 'bench/tmp', 'coverage', 'tests/lint/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Report text is untrusted: render it as text.' },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...viewZones] }] },
  },
  {
    // The prebuild shares only the domain (taxonomy and schemas) with the app.
    files: ['scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+src/(?!domain/)',
              message: 'scripts/ may import only src/domain from the app.',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain is shared with the prebuild and analysis is pure functions: neither sees React.
    files: ['src/domain/**/*.{ts,tsx}', 'src/analysis/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^react', message: 'src/domain and src/analysis are pure: no React.' }] }],
    },
  },
  {
    // The prebuild runs the domain in Node, where no browser is.
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'fetch'].map((name) => ({
          name,
          message: 'src/domain is shared with the prebuild: no browser APIs.',
        })),
      ],
    },
  },
);
