import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import react from '@vitejs/plugin-react';
import base from './vite.config.ts';

/**
 * `npm run build:single`: the whole app — JS, CSS, the example corpus — in one HTML file that works
 * opened straight from disk (file://) on an offline intranet PC.
 *
 * Its Content-Security-Policy allows exactly the inline script and styles of this build (by hash)
 * and no network at all: there is no server to talk to.
 */
function singleFileCsp(): Plugin {
  let outDir = 'dist-single';
  return {
    name: 'report-drafter-single-file-csp',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    // After every plugin has written the file (the inlining happens while bundling).
    closeBundle() {
      const file = join(outDir, 'index.html');
      const favicon = readFileSync(join(outDir, 'favicon.svg'));
      let html = readFileSync(file, 'utf8')
        .replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/g, '')
        .replace(/href="\.\/favicon\.svg"/, `href="data:image/svg+xml;base64,${favicon.toString('base64')}"`);
      const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
        .filter((m) => m[1]!.trim() !== '')
        .map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
      if (hashes.length === 0) throw new Error('single-file build: no inline script found');
      const policy = [
        "default-src 'none'",
        `script-src ${hashes.join(' ')}`,
        "style-src 'unsafe-inline'",
        'img-src data: blob:',
        'font-src data:',
        'connect-src blob: data:',
        'worker-src blob:',
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; ');
      html = html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      writeFileSync(file, html);
      rmSync(join(outDir, 'favicon.svg'));
    },
  };
}

export default mergeConfig(
  // The served build's CSP (script-src 'self') cannot allow inline script; this build writes its own.
  { ...base, plugins: [react()] },
  defineConfig({
    plugins: [viteSingleFile({ removeViteModuleLoader: true }), singleFileCsp()],
    build: { outDir: 'dist-single', assetsInlineLimit: Number.MAX_SAFE_INTEGER, chunkSizeWarningLimit: 10_000 },
  }),
);
