import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Content-Security-Policy for the built app: nothing may load from or connect to another origin,
 * no inline script, no plugins. Added at build time only (the dev server's HMR preamble is inline).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function cspPlugin(policy = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'report-drafter-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

/**
 * Relative base so the built site works under any path on a static server.
 * Build target: Chromium 109 (the last Chrome/Edge line for Windows 7, still common on intranet PCs).
 */
export default defineConfig({
  base: './',
  plugins: [react(), cspPlugin()],
  build: {
    target: 'chrome109',
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
