/**
 * The collaboration server: one HTTP server on one port that serves the built app (`dist/`), a
 * small JSON API for sharing, and Hocuspocus's WebSocket endpoint at `/collab`.
 *
 *   GET  /api/collab          probe: the app shows 共享起草 only when this answers
 *   POST /api/shares          a new shared document → { name, owner, edit, read } (secrets, shown once)
 *   POST /api/shares/revoke   { name, owner, which: 'edit'|'read' } → { secret } (new link; old sessions closed)
 *   WS   /collab              Hocuspocus; the token is a link's secret
 *
 * Bad input never reaches the document: a wrong or unknown name/secret gets the same refusal
 * (no hint whether the document exists), read-only connections' updates are dropped by Hocuspocus
 * (connectionConfig.readOnly), oversize messages close the socket (ws maxPayload), a flood of
 * sockets or messages from one client is cut by token buckets, and a malformed Yjs update throws
 * inside Hocuspocus, which closes that connection only.
 */
import { Hocuspocus } from '@hocuspocus/server';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import * as Y from 'yjs';
import { KeyedLimiter, fullBucket, take, type Bucket, type RateLimit } from './rateLimit.ts';
import { isDocName, isSecret, newDocName, newSecret, type Role } from './secrets.ts';
import { CollabStore } from './store.ts';
import { MIME } from './mime.ts';

export interface Limits {
  /** Largest WebSocket message (a Yjs update plus a few bytes of framing). */
  readonly maxMessageBytes: number;
  /** New WebSocket connections per client address. */
  readonly connections: RateLimit;
  /** Open WebSocket connections per client address at once. */
  readonly maxOpenPerAddress: number;
  /** Messages (updates, awareness) per connection to one document. */
  readonly messages: RateLimit;
  /** New shared documents per client address. */
  readonly shares: RateLimit;
}

export const DEFAULT_LIMITS: Limits = {
  maxMessageBytes: 2 * 1024 * 1024,
  connections: { burst: 60, perSecond: 2 },
  maxOpenPerAddress: 120,
  messages: { burst: 300, perSecond: 100 },
  shares: { burst: 20, perSecond: 0.2 },
};

export interface CollabServerOptions {
  readonly port: number;
  readonly host?: string;
  readonly dataDir: string;
  /** The built app; requests outside /api and /collab are served from here. */
  readonly staticDir: string;
  readonly limits?: Partial<Limits>;
  readonly log?: (line: string) => void;
}

export interface CollabServer {
  readonly port: number;
  readonly store: CollabStore;
  readonly hocuspocus: Hocuspocus;
  close(): Promise<void>;
}

interface ConnectionContext {
  role: Role;
  hash: string;
  address: string;
  bucket: Bucket;
}

const MAX_API_BODY = 4096;

/** The <meta> the server adds to the app's page (src/collab/api.ts reads it). */
export const COLLAB_META_NAME = 'report-drafter-collab';

/** Short, non-reversible label of a document for the log (its first 6 characters). */
const label = (name: string) => `${name.slice(0, 6)}…`;

function addressOf(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? 'unknown';
}

export async function startCollabServer(options: CollabServerOptions): Promise<CollabServer> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.log ?? ((line: string) => console.log(`${new Date().toISOString()} ${line}`));
  const store = new CollabStore(options.dataDir);
  const staticRoot = resolve(options.staticDir);
  const connectionLimiter = new KeyedLimiter(limits.connections);
  const shareLimiter = new KeyedLimiter(limits.shares);
  const openPerAddress = new Map<string, number>();
  /** Hashes revoked while this process runs: their open connections are refused at once. */
  const revoked = new Set<string>();

  const hocuspocus = new Hocuspocus({
    quiet: true,
    // onStoreDocument only compacts the log; every update is already on disk (store.ts).
    debounce: 5000,
    maxDebounce: 30000,
    async onAuthenticate({ documentName, token, connectionConfig, request }) {
      const access = isDocName(documentName) && isSecret(token) ? store.roleOf(documentName, token) : null;
      if (!access || revoked.has(access.hash)) {
        log(`refused doc=${isDocName(documentName) ? label(documentName) : '(malformed)'} client=${addressOf(request)}`);
        // The same refusal for an unknown document, a wrong secret and a malformed one.
        throw new Error('permission-denied');
      }
      connectionConfig.readOnly = access.role === 'read';
      const context: ConnectionContext = { role: access.role, hash: access.hash, address: addressOf(request), bucket: fullBucket(limits.messages, Date.now()) };
      return context;
    },
    async connected({ documentName, context }) {
      const c = context as ConnectionContext;
      log(`connect doc=${label(documentName)} role=${c.role} client=${c.address}`);
    },
    async onDisconnect({ documentName, context }) {
      const c = context as ConnectionContext;
      log(`disconnect doc=${label(documentName)} role=${c.role ?? '-'} client=${c.address ?? '-'}`);
    },
    async onLoadDocument({ documentName, document }) {
      store.loadInto(documentName, document);
      // Persist every change synchronously, before Hocuspocus acknowledges it (see store.ts).
      document.on('update', (update: Uint8Array) => store.appendUpdate(documentName, update));
    },
    async onStoreDocument({ documentName, document }) {
      store.compact(documentName, Y.encodeStateAsUpdate(document));
    },
    async beforeHandleMessage({ context, connection }) {
      const c = context as ConnectionContext;
      // Closing the socket (not only this document's connection) stops everything that client sends.
      if (revoked.has(c.hash)) {
        connection.webSocket.close(4403, 'revoked');
        throw Object.assign(new Error('revoked'), { code: 4403, reason: 'revoked' });
      }
      if (!take(c.bucket, limits.messages, Date.now())) {
        log(`rate-limited messages client=${c.address}`);
        connection.webSocket.close(4429, 'rate-limited');
        throw Object.assign(new Error('rate-limited'), { code: 4429, reason: 'rate-limited' });
      }
    },
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    res.end(JSON.stringify(body));
  };

  const readBody = (req: IncomingMessage): Promise<unknown> =>
    new Promise((resolveBody, reject) => {
      let size = 0;
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_API_BODY) {
          reject(new Error('too-large'));
          req.destroy();
        } else chunks.push(chunk);
      });
      req.on('end', () => {
        try {
          resolveBody(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
        } catch {
          reject(new Error('bad-json'));
        }
      });
      req.on('error', reject);
    });

  /** Closes every open connection that authenticated with `hash` (a revoked link). */
  const closeSessions = (name: string, hash: string) => {
    const doc = hocuspocus.documents.get(name);
    if (!doc) return;
    for (const connection of doc.getConnections()) {
      if ((connection.context as ConnectionContext).hash === hash) connection.webSocket.close(4403, 'revoked');
    }
  };

  const api = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    if (path === '/api/collab' && req.method === 'GET') return json(res, 200, { service: 'report-drafter-collab', version: 1 });
    if (path === '/api/shares' && req.method === 'POST') {
      if (!shareLimiter.take(addressOf(req))) return json(res, 429, { error: 'rate-limited' });
      await readBody(req);
      const name = newDocName();
      const secrets = { owner: newSecret(), edit: newSecret(), read: newSecret() };
      store.createDoc(name, secrets);
      log(`share created doc=${label(name)} client=${addressOf(req)}`);
      return json(res, 201, { name, ...secrets });
    }
    if (path === '/api/shares/revoke' && req.method === 'POST') {
      const body = (await readBody(req)) as { name?: unknown; owner?: unknown; which?: unknown };
      const which = body.which === 'edit' || body.which === 'read' ? body.which : null;
      const access = isDocName(body.name) && isSecret(body.owner) ? store.roleOf(body.name, body.owner) : null;
      if (!which || access?.role !== 'owner') return json(res, 404, { error: 'not-found' });
      const name = body.name as string;
      const old = store.getDoc(name)!;
      const secret = newSecret();
      store.replaceSecret(name, which, secret);
      const oldHash = which === 'edit' ? old.editHash : old.readHash;
      revoked.add(oldHash);
      closeSessions(name, oldHash);
      log(`revoked ${which} link doc=${label(name)}`);
      return json(res, 200, { secret });
    }
    return json(res, 404, { error: 'not-found' });
  };

  const serveStatic = (req: IncomingMessage, res: ServerResponse, path: string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    let rel: string;
    try {
      rel = decodeURIComponent(path);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = normalize(join(staticRoot, rel.endsWith('/') ? `${rel}index.html` : rel));
    if (file !== staticRoot && !file.startsWith(staticRoot + sep)) {
      res.writeHead(404).end();
      return;
    }
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('未找到');
      return;
    }
    const immutable = file.includes(`${sep}assets${sep}`);
    if (file === join(staticRoot, 'index.html')) {
      // The app learns that this server can share drafts from this tag: no request needed (and
      // none is made from a page served by any other web server).
      const html = readFileSync(file, 'utf8').replace('<head>', `<head>\n    <meta name="${COLLAB_META_NAME}" content="1">`);
      res.writeHead(200, { 'content-type': MIME['.html']!, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : html);
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };

  const http: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path.startsWith('/api/')) {
      api(req, res, path).catch(() => {
        if (!res.headersSent) json(res, 400, { error: 'bad-request' });
      });
    } else serveStatic(req, res, path);
  });

  http.on('upgrade', (req, socket, head) => {
    const path = (req.url ?? '').split('?')[0];
    const address = addressOf(req);
    const refuse = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (path !== '/collab') return refuse('404 Not Found');
    const open = openPerAddress.get(address) ?? 0;
    if (open >= limits.maxOpenPerAddress || !connectionLimiter.take(address)) {
      log(`rate-limited connections client=${address}`);
      return refuse('429 Too Many Requests');
    }
    wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      openPerAddress.set(address, (openPerAddress.get(address) ?? 0) + 1);
      ws.once('close', () => {
        const n = (openPerAddress.get(address) ?? 1) - 1;
        if (n > 0) openPerAddress.set(address, n);
        else openPerAddress.delete(address);
      });
      // An oversize message makes ws close the socket with 1009; the error must not crash us.
      ws.on('error', () => {});
      hocuspocus.handleConnection(ws, req);
    });
  });

  await new Promise<void>((ok, fail) => {
    http.once('error', fail);
    http.listen(options.port, options.host ?? '0.0.0.0', () => ok());
  });
  const port = (http.address() as AddressInfo).port;

  return {
    port,
    store,
    hocuspocus,
    async close() {
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((ok) => http.close(() => ok()));
      store.close();
    },
  };
}
