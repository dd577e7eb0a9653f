/**
 * A tiny static server on 127.0.0.1 (random port) for the bench:
 *   /            the app build (index.html at the root, like `vite preview`)
 *   /bench/...   the bench pages (bare TipTap, lab)
 *   /__seed      an empty page of the same origin, to write IndexedDB before the app loads
 *                without warming the HTTP cache with the app's files
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { MIME } from '../../server/mime.ts';

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

async function fileFor(root: string, urlPath: string): Promise<string | null> {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.resolve(root, `.${rel.endsWith('/') ? `${rel}index.html` : rel}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  const s = await stat(file).catch(() => null);
  if (s?.isDirectory()) return fileFor(root, `${rel}/`);
  return s?.isFile() ? file : null;
}

export async function startServer(appDir: string, benchDir: string): Promise<StaticServer> {
  const roots = { app: path.resolve(appDir), bench: path.resolve(benchDir) };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/__seed') {
        res.writeHead(200, { 'content-type': MIME['.html']!, 'cache-control': 'no-store' });
        res.end('<!doctype html><meta charset="utf-8"><title>seed</title>');
        return;
      }
      const file = url.pathname.startsWith('/bench/')
        ? await fileFor(roots.bench, url.pathname.slice('/bench'.length))
        : await fileFor(roots.app, url.pathname);
      if (!file) {
        res.writeHead(404, { 'content-type': MIME['.txt']! });
        res.end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      createReadStream(file).pipe(res);
    })().catch((e: unknown) => {
      res.writeHead(500);
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
