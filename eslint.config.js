import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Pure layers (data, export, storage, library core) must not depend on React. */
const noReact = {
  'no-restricted-imports': [
    'error',
    { paths: ['react', 'react-dom', '@tiptap/react'], patterns: ['react/*', 'react-dom/*'] },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'node_modules', 'bench-results', 'test-results', 'playwright-report', 'tests/.output'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/model/**', 'src/export/**', 'src/templates/**', 'src/storage/**', 'src/library/**/*.ts', 'src/corpus/**', 'scripts/**'],
    ignores: ['src/**/*.tsx'],
    rules: noReact,
  },
);
