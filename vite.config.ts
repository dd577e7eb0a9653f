import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Relative base so the built site works under any path on a static server.
 * Build target: Chromium 109 (the last Chrome/Edge line for Windows 7, still common on intranet PCs).
 */
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'chrome109',
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
