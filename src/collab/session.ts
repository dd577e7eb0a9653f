/**
 * One open shared draft in the browser: its Y.Doc, the local replica in IndexedDB (y-indexeddb:
 * edits made offline are kept and merge when the server is back), the Hocuspocus connection, who
 * is here (awareness) and the honest sync status. Loaded as its own chunk, only for shared drafts.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import Collaboration from '@tiptap/extension-collaboration';
import type { Extensions } from '@tiptap/core';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { collabCaret, type CaretUser } from './caret.ts';
import { collabSocketUrl } from './links.ts';
import { TEXT_FIELD } from './meta.ts';
import { hasText } from './ydoc.ts';

/** 已同步: the server has everything typed here; 正在同步: connected, changes in flight; 未连接: offline. */
export type SyncStatus = 'synced' | 'syncing' | 'offline';

export interface Peer {
  readonly clientId: number;
  readonly name: string;
  readonly color: string;
  readonly self: boolean;
}

export interface SessionSnapshot {
  readonly status: SyncStatus;
  /** null until the server answered; 'denied' for a wrong or revoked link. */
  readonly access: 'edit' | 'read' | 'denied' | null;
  /** The text is there (from the local replica or the server): the editor may be created. */
  readonly ready: boolean;
  /** The local replica has been read (so `ready` false then means: nothing of this draft on this PC). */
  readonly loaded: boolean;
  readonly peers: readonly Peer[];
}

const replicaName = (name: string) => `report-drafter-shared-${name}`;

/**
 * Writes a just-shared document's first state into this PC's replica, before any session opens
 * it: the session then starts from the replica like any other, and sends it to the server.
 */
export async function seedLocalReplica(name: string, fill: (doc: Y.Doc) => void): Promise<void> {
  const doc = new Y.Doc();
  fill(doc);
  const replica = new IndexeddbPersistence(replicaName(name), doc);
  await replica.whenSynced;
  await replica.destroy();
  doc.destroy();
}

export class CollabSession {
  readonly doc = new Y.Doc();
  readonly provider: HocuspocusProvider;
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly local: IndexeddbPersistence;
  private snapshot: SessionSnapshot = { status: 'offline', access: null, ready: false, loaded: false, peers: [] };
  private readonly listeners = new Set<(s: SessionSnapshot) => void>();
  private localLoaded = false;
  private destroyed = false;

  constructor(
    readonly name: string,
    secret: string,
    user: CaretUser,
    href: string,
  ) {
    this.local = new IndexeddbPersistence(replicaName(name), this.doc);
    void this.local.whenSynced.then(() => {
      this.localLoaded = true;
      this.update();
    });
    // Reconnect soon after the server is back (intranet: retry every 0.5–5 s, never give up).
    this.socket = new HocuspocusProviderWebsocket({ url: collabSocketUrl(href), delay: 500, minDelay: 500, maxDelay: 5000, factor: 1.5 });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      token: secret,
      document: this.doc,
      onAuthenticated: () => this.update(),
      onAuthenticationFailed: () => {
        this.denied = true;
        this.update();
      },
    });
    this.provider.attach();
    this.provider.setAwarenessField('user', user);
    for (const event of ['status', 'synced', 'unsyncedChanges', 'disconnect', 'close']) this.provider.on(event, () => this.update());
    this.provider.awareness?.on('change', () => this.update());
  }

  private denied = false;

  get state(): SessionSnapshot {
    return this.snapshot;
  }

  subscribe(listener: (s: SessionSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setUser(user: CaretUser): void {
    this.provider.setAwarenessField('user', user);
  }

  private update(): void {
    if (this.destroyed) return;
    const p = this.provider;
    const connected = this.socket.status === 'connected' && p.isAuthenticated;
    const status: SyncStatus = !connected || !p.isSynced ? 'offline' : p.hasUnsyncedChanges ? 'syncing' : 'synced';
    const access = this.denied ? 'denied' : p.isAuthenticated ? (p.authorizedScope === 'readonly' ? 'read' : 'edit') : this.snapshot.access;
    const ready = this.snapshot.ready || (this.localLoaded && hasText(this.doc)) || (p.isSynced && hasText(this.doc));
    const peers: Peer[] = [];
    for (const [clientId, state] of p.awareness?.getStates() ?? []) {
      const u = (state as { user?: { name?: unknown; color?: unknown } }).user;
      if (u && typeof u.name === 'string') peers.push({ clientId, name: u.name, color: String(u.color ?? '#333'), self: clientId === this.doc.clientID });
    }
    peers.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name, 'zh'));
    const prev = this.snapshot;
    const loaded = this.localLoaded;
    if (
      prev.status === status &&
      prev.access === access &&
      prev.ready === ready &&
      prev.loaded === loaded &&
      prev.peers.length === peers.length &&
      prev.peers.every((x, i) => x.clientId === peers[i]!.clientId && x.name === peers[i]!.name)
    )
      return;
    this.snapshot = { status, access, ready, loaded, peers };
    for (const l of this.listeners) l(this.snapshot);
  }

  /** The editor's extensions for this document: the binding (with Yjs undo: own changes only) and carets. */
  extensions(): Extensions {
    return [Collaboration.configure({ document: this.doc, field: TEXT_FIELD }), collabCaret(this.provider.awareness!)];
  }

  /** Resolves when the local replica has been read from IndexedDB. */
  whenLocalLoaded(): Promise<unknown> {
    return this.local.whenSynced;
  }

  destroy(): void {
    this.destroyed = true;
    this.provider.destroy();
    this.socket.destroy();
    void this.local.destroy().catch(() => undefined);
    this.doc.destroy();
  }
}
