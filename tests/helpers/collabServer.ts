/**
 * Test helpers for the collaboration server: a real server process (`tsx server/main.ts`) and
 * headless Node clients (HocuspocusProvider over `ws`).
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  readonly port: number;
  readonly dataDir: string;
  readonly url: string;
  readonly wsUrl: string;
  readonly logs: string[];
  readonly child: ChildProcess;
  /** Resolves when the process has exited. */
  readonly exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'collab-test-'));
}

/** Starts `npm run server`'s program on `port` with its database in `dataDir`; waits until it listens. */
export async function startServer(port: number, dataDir = tempDataDir(), env: Record<string, string> = {}, build = false): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', String(port), '--data', dataDir, '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, ...(build ? {} : { COLLAB_SKIP_BUILD: '1' }), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  // Never leave a server behind when the test process ends abruptly.
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  const exited = new Promise<number | null>((ok) =>
    child.once('exit', (code) => {
      process.removeListener('exit', reap);
      ok(code);
    }),
  );
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start: ${logs.join('\n')}`)), 60_000);
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        logs.push(line);
        if (line.includes('report-drafter server on')) {
          clearTimeout(timer);
          ok();
        }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`server exited (${code}): ${logs.join('\n')}`));
    });
  });
  return {
    port,
    dataDir,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/collab`,
    logs,
    child,
    exited,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export interface Share {
  readonly name: string;
  readonly owner: string;
  readonly edit: string;
  readonly read: string;
}

export async function createShare(server: { url: string }): Promise<Share> {
  const res = await fetch(`${server.url}/api/shares`, { method: 'POST', body: '{}' });
  if (res.status !== 201) throw new Error(`share failed: ${res.status}`);
  return (await res.json()) as Share;
}

export interface Client {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  readonly socket: HocuspocusProviderWebsocket;
  /** Set when the server refused the token. */
  denied: string | null;
  synced(): Promise<void>;
  /** Resolves once every local change was acknowledged by the server. */
  acknowledged(): Promise<void>;
  destroy(): void;
}

export function connect(wsUrl: string, name: string, token: string, options: { socket?: HocuspocusProviderWebsocket; doc?: Y.Doc } = {}): Client {
  const socket = options.socket ?? new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket, delay: 200, maxDelay: 1000, minDelay: 100 });
  const doc = options.doc ?? new Y.Doc();
  const client: Client = {
    doc,
    socket,
    denied: null,
    provider: new HocuspocusProvider({
      websocketProvider: socket,
      name,
      token,
      document: doc,
      onAuthenticationFailed: ({ reason }) => {
        client.denied = reason;
      },
    }),
    synced: () => waitFor(() => client.provider.isSynced, 20_000, 'synced'),
    acknowledged: () => waitFor(() => client.provider.isSynced && !client.provider.hasUnsyncedChanges, 20_000, 'acknowledged'),
    destroy() {
      // A reconnection may be under way (after a server restart). ws reports closing a socket before its
      // handshake as an 'error' event on the next tick, after the provider has removed its listeners, and
      // Node throws an 'error' nobody listens to (an uncaught exception that fails the whole run).
      (socket as unknown as { webSocket: WebSocket | null }).webSocket?.on('error', () => {});
      client.provider.destroy();
      if (!options.socket) socket.destroy();
    },
  };
  client.provider.attach();
  return client;
}

export async function waitFor(check: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The text of a Y.Text named `name` (tests write plain text; the app writes a Y.XmlFragment). */
export const textOf = (doc: Y.Doc, name = 't') => doc.getText(name).toString();

/**
 * A hand-made client speaking Hocuspocus's wire format directly (no provider, no UI checks): it
 * authenticates with a token, then sends whatever bytes a test wants — e.g. a Yjs update over a
 * read-only link, a malformed update, a flood.
 */
export interface RawClient {
  readonly ws: WebSocket;
  /** Authentication result: 'authenticated:readonly' / 'authenticated:read-write' / 'denied:<reason>'. */
  readonly auth: Promise<string>;
  readonly closed: Promise<{ code: number; reason: string }>;
  sendUpdate(update: Uint8Array): void;
  sendRaw(bytes: Uint8Array): void;
}

export async function rawClient(wsUrl: string, name: string, token: string): Promise<RawClient> {
  const encoding = await import('lib0/encoding');
  const decoding = await import('lib0/decoding');
  const ws = new WebSocket(wsUrl);
  ws.binaryType = 'arraybuffer';
  const closed = new Promise<{ code: number; reason: string }>((ok) => ws.once('close', (code, reason) => ok({ code, reason: reason.toString() })));
  await new Promise<void>((ok, fail) => {
    ws.once('open', () => ok());
    ws.once('error', fail);
  });
  const auth = new Promise<string>((ok) => {
    ws.on('message', (data: ArrayBuffer) => {
      const d = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(d);
      if (decoding.readVarUint(d) !== 2) return;
      const kind = decoding.readVarUint(d);
      if (kind === 2) ok(`authenticated:${decoding.readVarString(d)}`);
      else if (kind === 1) ok(`denied:${decoding.readVarString(d)}`);
    });
    void closed.then(() => ok('closed'));
  });
  const authMessage = encoding.createEncoder();
  encoding.writeVarString(authMessage, name);
  encoding.writeVarUint(authMessage, 2);
  encoding.writeVarUint(authMessage, 0);
  encoding.writeVarString(authMessage, token);
  ws.send(encoding.toUint8Array(authMessage));
  return {
    ws,
    auth,
    closed,
    sendUpdate(update) {
      const e = encoding.createEncoder();
      encoding.writeVarString(e, name);
      encoding.writeVarUint(e, 0); // Sync
      encoding.writeVarUint(e, 2); // Yjs update
      encoding.writeVarUint8Array(e, update);
      ws.send(encoding.toUint8Array(e));
    },
    sendRaw(bytes) {
      ws.send(bytes);
    },
  };
}

/** A Yjs update that appends `text` to Y.Text 't' of a fresh document (client id random). */
export function textUpdate(text: string, base?: Y.Doc): Uint8Array {
  const doc = base ?? new Y.Doc();
  const before = Y.encodeStateVector(doc);
  doc.getText('t').insert(doc.getText('t').length, text);
  return Y.encodeStateAsUpdate(doc, before);
}
