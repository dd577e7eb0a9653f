import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The bench's own pages, built like the app (same target, relative base) but never into dist/:
 *   bare/  TipTap with StarterKit only — the baseline editor, no app code
 *   lab/   the app's library search and .docx export modules, timed in Chromium
 * Output: bench-results/build/bench/ (git-ignored). Built by scripts/bench.ts.
 */
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: here('../../bench-results/build/bench'),
    emptyOutDir: true,
    target: 'chrome109',
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      input: { bare: here('bare/index.html'), lab: here('lab/index.html') },
    },
  },
});
