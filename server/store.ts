/**
 * The SQLite database of shared drafts (better-sqlite3, synchronous).
 *
 *   docs(name, owner_hash, edit_hash, read_hash, created_at)   who may open what (hashes only)
 *   snapshots(name, state)                                     a compacted Yjs state per document
 *   updates(id, name, data)                                    Yjs updates since that snapshot
 *
 * Every update a client sends is appended here synchronously, inside the Yjs `update` event, so it
 * is committed before Hocuspocus acknowledges it to the client: "acknowledged" means "on disk"
 * (WAL, synchronous=FULL). Compaction folds the log into the snapshot in one transaction.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { hashSecret, sameHash, type Role } from './secrets.ts';

export const DB_FILE_NAME = 'report-drafter.sqlite';

export interface DocRecord {
  readonly name: string;
  readonly ownerHash: string;
  readonly editHash: string;
  readonly readHash: string;
}

export class CollabStore {
  private readonly db: Database.Database;
  private readonly stmts;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, DB_FILE_NAME));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS docs (name TEXT PRIMARY KEY, owner_hash TEXT NOT NULL, edit_hash TEXT NOT NULL, read_hash TEXT NOT NULL, created_at INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS snapshots (name TEXT PRIMARY KEY, state BLOB NOT NULL);
      CREATE TABLE IF NOT EXISTS updates (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, data BLOB NOT NULL);
      CREATE INDEX IF NOT EXISTS updates_by_name ON updates (name, id);
    `);
    this.stmts = {
      insertDoc: this.db.prepare('INSERT INTO docs (name, owner_hash, edit_hash, read_hash, created_at) VALUES (?, ?, ?, ?, ?)'),
      getDoc: this.db.prepare<[string], { name: string; owner_hash: string; edit_hash: string; read_hash: string }>(
        'SELECT name, owner_hash, edit_hash, read_hash FROM docs WHERE name = ?',
      ),
      setEdit: this.db.prepare('UPDATE docs SET edit_hash = ? WHERE name = ?'),
      setRead: this.db.prepare('UPDATE docs SET read_hash = ? WHERE name = ?'),
      append: this.db.prepare('INSERT INTO updates (name, data) VALUES (?, ?)'),
      updates: this.db.prepare<[string], { data: Buffer }>('SELECT data FROM updates WHERE name = ? ORDER BY id'),
      snapshot: this.db.prepare<[string], { state: Buffer }>('SELECT state FROM snapshots WHERE name = ?'),
      putSnapshot: this.db.prepare('INSERT INTO snapshots (name, state) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET state = excluded.state'),
      dropUpdates: this.db.prepare('DELETE FROM updates WHERE name = ?'),
      countDocs: this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM docs'),
    };
  }

  createDoc(name: string, secrets: { owner: string; edit: string; read: string }, now = Date.now()): void {
    this.stmts.insertDoc.run(name, hashSecret(secrets.owner), hashSecret(secrets.edit), hashSecret(secrets.read), now);
  }

  getDoc(name: string): DocRecord | undefined {
    const row = this.stmts.getDoc.get(name);
    return row && { name: row.name, ownerHash: row.owner_hash, editHash: row.edit_hash, readHash: row.read_hash };
  }

  /** The role a secret gives on a document, or null (unknown document and wrong secret alike). */
  roleOf(name: string, secret: string): { role: Role; hash: string } | null {
    const doc = this.getDoc(name);
    if (!doc) return null;
    const hash = hashSecret(secret);
    if (sameHash(hash, doc.ownerHash)) return { role: 'owner', hash };
    if (sameHash(hash, doc.editHash)) return { role: 'edit', hash };
    if (sameHash(hash, doc.readHash)) return { role: 'read', hash };
    return null;
  }

  /** Whether `hash` is still the current hash of `role` on the document (false once revoked). */
  stillValid(name: string, role: Role, hash: string): boolean {
    const doc = this.getDoc(name);
    if (!doc) return false;
    return sameHash(hash, role === 'owner' ? doc.ownerHash : role === 'edit' ? doc.editHash : doc.readHash);
  }

  replaceSecret(name: string, role: 'edit' | 'read', secret: string): void {
    (role === 'edit' ? this.stmts.setEdit : this.stmts.setRead).run(hashSecret(secret), name);
  }

  appendUpdate(name: string, update: Uint8Array): void {
    this.stmts.append.run(name, Buffer.from(update.buffer, update.byteOffset, update.byteLength));
  }

  /** Applies the stored state of `name` to `doc` (snapshot, then the updates after it). */
  loadInto(name: string, doc: Y.Doc): void {
    const snap = this.stmts.snapshot.get(name);
    const updates = this.stmts.updates.all(name).map((r) => new Uint8Array(r.data));
    const all = snap ? [new Uint8Array(snap.state), ...updates] : updates;
    if (all.length) Y.applyUpdate(doc, Y.mergeUpdates(all));
  }

  /** The stored state as one update (tests and the bench compare replicas with it). */
  storedState(name: string): Uint8Array {
    const doc = new Y.Doc();
    this.loadInto(name, doc);
    return Y.encodeStateAsUpdate(doc);
  }

  /** Folds the update log into the snapshot: `state` must hold everything logged so far. */
  compact(name: string, state: Uint8Array): void {
    this.db.transaction(() => {
      this.stmts.putSnapshot.run(name, Buffer.from(state));
      this.stmts.dropUpdates.run(name);
    })();
  }

  docCount(): number {
    return this.stmts.countDocs.get()!.n;
  }

  close(): void {
    this.db.close();
  }
}
