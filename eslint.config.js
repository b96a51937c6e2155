import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'public/data', 'bench/corpus', 'bench/tmp', 'coverage'] },
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
    // Analysis is pure functions over plain data: it sees the domain and nothing of the UI.
    files: ['src/analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^react', message: 'src/analysis is pure: no React.' },
            { regex: '^(\\.\\./)+(data|components|charts|export|presentation|pages|app)/', message: 'src/analysis may import only src/domain.' },
          ],
        },
      ],
    },
  },
  {
    // Fetching and validating data knows the domain and the analysis, never the views.
    files: ['src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./)+(components|charts|export|presentation|pages|app)/', message: 'src/data may import only src/domain and src/analysis.' }] },
      ],
    },
  },
  {
    // The domain is shared with the prebuild: no React, no app layers.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^react', message: 'src/domain is shared with the prebuild: no React.' }, { regex: '^\\.\\./', message: 'src/domain imports nothing from other layers.' }] },
      ],
    },
  },
);
