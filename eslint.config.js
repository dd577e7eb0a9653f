import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layer order, lowest first (README "How it is built"): a module may import its own layer and the
 * layers below it, never one above. React belongs to the top two layers only.
 *   model → text → examples, templates, library, check, import, export → storage → editor → app
 */
const LAYERS = [['model'], ['text'], ['examples', 'templates', 'library', 'check', 'import', 'export', 'yearly'], ['storage'], ['editor', 'collab'], ['app']];
// Every folder of src/ has its place: a new one must be put in a layer before it lints.
const unplaced = readdirSync(new URL('./src', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !LAYERS.flat().includes(d.name))
  .map((d) => d.name);
if (unplaced.length) throw new Error(`src/${unplaced.join(', src/')}: in no layer — add to LAYERS in eslint.config.js`);

const REACT = { paths: ['react', 'react-dom', '@tiptap/react'], patterns: ['react/*', 'react-dom/*'] };

/** The rule for the files of `LAYERS[rank]`: no import of a higher layer, and no React below the editor. */
function layerRule(rank) {
  const above = LAYERS.slice(rank + 1).flat();
  const noReact = rank < LAYERS.findIndex((l) => l.includes('editor'));
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: noReact ? REACT.paths.map((name) => ({ name, message: 'React stays in src/editor and src/app.' })) : [],
        patterns: [
          ...(noReact ? [{ group: REACT.patterns, message: 'React stays in src/editor and src/app.' }] : []),
          ...above.map((dir) => ({ group: [`**/${dir}/*`, `**/${dir}/**`], message: `src/${dir} is a higher layer (see LAYERS in eslint.config.js).` })),
        ],
      },
    ],
  };
}

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
  ...LAYERS.flatMap((dirs, rank) => dirs.map((dir) => ({ files: [`src/${dir}/**`], rules: layerRule(rank) }))),
  {
    files: ['scripts/**', 'server/**'],
    rules: { 'no-restricted-imports': ['error', { paths: REACT.paths, patterns: REACT.patterns }] },
  },
);
