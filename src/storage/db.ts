/**
 * Drafts, the imported example library and a little UI state in IndexedDB (database
 * `report-drafter`), through `idb`. Every method validates what it reads (restore.ts) and turns
 * every failure into a StorageError, so the UI shows a message instead of crashing.
 *
 * Stores (version 2):
 *   drafts   Draft by `id`; index `version` on [id, updatedAt] (since version 2)
 *   library  LibraryReport (ExampleReport + importedAt) by `id`
 *   meta     key → value, keys listed in MetaValues
 */
import { wrap, type IDBPDatabase } from 'idb';
import * as z from 'zod/mini';
import type { Draft } from '../model/draft.ts';
import { UNTITLED_DRAFT_NAME } from '../model/draftNames.ts';
import { restoreDraft, restoreLibraryReport, RestoreError, type LibraryReport } from './restore.ts';
import { STORAGE_MESSAGES, StorageError, toStorageError } from './storageError.ts';

export const DB_NAME = 'report-drafter';

const DRAFTS = 'drafts';
const LIBRARY = 'library';
const META = 'meta';
/**
 * A draft's stored version (`updatedAt`) as an index key: the save's conflict check reads it
 * without reading the draft back (deserialising a 100-page draft cost about 1 ms and its garbage
 * at every autosave, in Chromium traces).
 */
const VERSION_INDEX = 'version';

/** What one database version adds to the one before. */
export interface SchemaStep {
  readonly version: number;
  readonly stores?: readonly { readonly name: string; readonly keyPath?: string }[];
  readonly indexes?: readonly { readonly store: string; readonly name: string; readonly keyPath: string | readonly string[] }[];
}

/**
 * The database's schema, one step per version, applied in order on upgrade (a fresh database
 * runs them all). Data, not code, so the bench's seeding page can build the same database.
 * Add a step whenever stores or indexes change; never edit a released one.
 */
export const SCHEMA: readonly SchemaStep[] = [
  { version: 1, stores: [{ name: DRAFTS, keyPath: 'id' }, { name: LIBRARY, keyPath: 'id' }, { name: META }] },
  { version: 2, indexes: [{ store: DRAFTS, name: VERSION_INDEX, keyPath: ['id', 'updatedAt'] }] },
];
export const DB_VERSION = SCHEMA[SCHEMA.length - 1]!.version;

/** What 我的草稿 lists. `damaged` drafts fail validation: they can be deleted but not opened. */
export interface DraftSummary {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly damaged: boolean;
}

/** The meta store's keys and value types. */
export interface MetaValues {
  /** The draft to reopen on start; null after it was deleted. */
  lastOpenDraftId: string | null;
}
export type MetaKey = keyof MetaValues;

const META_SCHEMAS: { readonly [K in MetaKey]: z.ZodMiniType<MetaValues[K]> } = {
  lastOpenDraftId: z.nullable(z.string()),
};

export interface PutDraftOptions {
  /**
   * Write even though another tab saved this draft after this store loaded it, or this store
   * never loaded it. Only for an explicit user choice, e.g. 替换 when restoring a backup.
   */
  readonly overwrite?: boolean;
}

export interface DraftStore {
  /**
   * The database did not exist before this store opened it (a first visit): it holds nothing,
   * so there is no need to read it before showing a new draft.
   */
  readonly created: boolean;
  /** All drafts, newest `updatedAt` first. */
  listDrafts(): Promise<DraftSummary[]>;
  /** The draft, validated; undefined when there is none. Throws StorageError `damaged` when it fails validation. */
  getDraft(id: string): Promise<Draft | undefined>;
  /** Every draft that passes validation, newest first (for backups). */
  getAllDrafts(): Promise<Draft[]>;
  /**
   * Saves the draft as given (the caller sets `updatedAt`). Refuses with StorageError `conflict`
   * when the stored copy is not the one this store last read or wrote — another tab saved it —
   * unless `overwrite`. A draft that is not stored yet is always written.
   */
  putDraft(draft: Draft, options?: PutDraftOptions): Promise<void>;
  deleteDraft(id: string): Promise<void>;
  getMeta<K extends MetaKey>(key: K): Promise<MetaValues[K] | undefined>;
  setMeta<K extends MetaKey>(key: K, value: MetaValues[K]): Promise<void>;
  /** Imported example reports, most recently imported first; invalid records are skipped. */
  listLibrary(): Promise<LibraryReport[]>;
  putLibraryReport(report: LibraryReport): Promise<void>;
  deleteLibraryReport(id: string): Promise<void>;
  /** Empties every store (tests, and a future 清除全部数据). */
  clearAll(): Promise<void>;
  close(): void;
}

export interface OpenStoreOptions {
  /** Database name; tests use a fresh one each. Default `report-drafter`. */
  readonly name?: string;
  /** The IndexedDB factory; `null` simulates a browser without IndexedDB. Default: `globalThis.indexedDB`. */
  readonly factory?: IDBFactory | null;
  /**
   * A newer version of the app, opened in another tab, needs to upgrade the database: this
   * connection closes to let it, and every later call fails with `blocked`. Tell the user to reload.
   */
  readonly onVersionChange?: () => void;
  /** Injected clock for default timestamps, epoch ms. */
  readonly now?: () => number;
}

type Db = IDBPDatabase<unknown>;

/** Applies the steps of `SCHEMA` newer than `oldVersion` in the upgrade transaction `tx`. */
function upgrade(tx: IDBTransaction, oldVersion: number): void {
  for (const step of SCHEMA) {
    if (step.version <= oldVersion) continue;
    for (const s of step.stores ?? []) tx.db.createObjectStore(s.name, s.keyPath === undefined ? undefined : { keyPath: s.keyPath });
    for (const i of step.indexes ?? []) tx.objectStore(i.store).createIndex(i.name, i.keyPath as string | string[]);
  }
}

/** The updatedAt a stored record carries, as a version: a number, or null when it has none. */
const versionOf = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function openDatabase(factory: IDBFactory, name: string): Promise<{ db: Db; created: boolean }> {
  return new Promise<{ db: Db; created: boolean }>((resolve, reject) => {
    let created = false;
    let settled = false;
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch (e) {
      reject(toStorageError(e, true));
      return;
    }
    request.onupgradeneeded = (event) => {
      created = event.oldVersion === 0;
      upgrade(request.transaction!, event.oldVersion);
    };
    request.onblocked = () => {
      // An older tab keeps the database open at a lower version. Say so now rather than hang;
      // if the other tab closes later, the connection that then opens is closed unused.
      settled = true;
      reject(new StorageError('blocked'));
    };
    request.onsuccess = () => {
      const db = request.result;
      if (settled) {
        db.close();
        return;
      }
      settled = true;
      resolve({ db: wrap(db) as Db, created });
    };
    request.onerror = (event) => {
      // Handled here: keep the browser from also reporting it as uncaught.
      event.preventDefault();
      if (settled) return;
      settled = true;
      reject(toStorageError(request.error, true));
    };
  });
}

function summaryOf(raw: unknown): DraftSummary | null {
  try {
    const d = restoreDraft(raw, { now: 0 });
    return { id: d.id, name: d.name, createdAt: d.createdAt, updatedAt: d.updatedAt, damaged: false };
  } catch {
    // A damaged record still needs a row so the user can see and delete it.
    if (typeof raw !== 'object' || raw === null) return null;
    const r = raw as { id?: unknown; name?: unknown; createdAt?: unknown; updatedAt?: unknown };
    if (typeof r.id !== 'string') return null;
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
    return {
      id: r.id,
      name: typeof r.name === 'string' && r.name ? r.name : UNTITLED_DRAFT_NAME,
      createdAt: num(r.createdAt),
      updatedAt: num(r.updatedAt),
      damaged: true,
    };
  }
}

const newestFirst = (a: { updatedAt: number }, b: { updatedAt: number }) => b.updatedAt - a.updatedAt;

/**
 * Opens (creating or upgrading) the database. Throws StorageError `unavailable` when IndexedDB
 * is missing or refuses to open (private windows, disabled storage), `blocked` when another tab
 * holds an incompatible version open.
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<DraftStore> {
  const name = options.name ?? DB_NAME;
  const factory = options.factory === undefined ? (globalThis as { indexedDB?: IDBFactory }).indexedDB : options.factory;
  const now = options.now ?? Date.now;
  if (!factory) throw new StorageError('unavailable');

  const opened = await openDatabase(factory, name);
  let db: Db | null = opened.db;
  let superseded = false;
  /**
   * Each draft's stored updatedAt as this store last read or wrote it (the conflict guard); null
   * for a stored record without one (an old build's), which the store opened all the same.
   */
  const versions = new Map<string, number | null>();

  const watch = (conn: Db) => {
    conn.addEventListener('versionchange', () => {
      superseded = true;
      conn.close();
      db = null;
      options.onVersionChange?.();
    });
    // Closed by the browser (storage cleared, disk error): reopen on the next call.
    conn.addEventListener('close', () => {
      if (db === conn) db = null;
    });
  };
  watch(db);

  const connection = async (): Promise<Db> => {
    if (superseded) {
      throw new StorageError('blocked', '起草器已在另一个标签页中更新，本页无法继续保存。请先点击“备份”下载备份文件，再刷新本页。');
    }
    if (!db) {
      db = (await openDatabase(factory, name)).db;
      watch(db);
    }
    return db;
  };

  /** Runs an operation and converts whatever it throws. */
  const run = async <T>(op: (conn: Db) => Promise<T>): Promise<T> => {
    try {
      return await op(await connection());
    } catch (e) {
      throw toStorageError(e);
    }
  };

  return {
    created: opened.created,

    listDrafts: () =>
      run(async (conn) => {
        const raws: unknown[] = await conn.getAll(DRAFTS);
        return raws
          .map(summaryOf)
          .filter((s): s is DraftSummary => s !== null)
          .sort(newestFirst);
      }),

    getDraft: (id) =>
      run(async (conn) => {
        const raw: unknown = await conn.get(DRAFTS, id);
        if (raw === undefined) return undefined;
        let draft: Draft;
        try {
          draft = restoreDraft(raw, { now: now() });
        } catch (e) {
          const detail = e instanceof RestoreError ? e.message : '';
          throw new StorageError('damaged', `${STORAGE_MESSAGES.damaged}${detail}`, { cause: e });
        }
        versions.set(id, versionOf((raw as { updatedAt?: unknown }).updatedAt));
        return draft;
      }),

    getAllDrafts: () =>
      run(async (conn) => {
        const raws: unknown[] = await conn.getAll(DRAFTS);
        const drafts: Draft[] = [];
        for (const raw of raws) {
          try {
            drafts.push(restoreDraft(raw, { now: now() }));
          } catch {
            // listDrafts shows it as damaged; a backup cannot carry what does not validate.
          }
        }
        return drafts.sort(newestFirst);
      }),

    putDraft: (draft, putOptions = {}) =>
      run(async (conn) => {
        const tx = conn.transaction(DRAFTS, 'readwrite');
        // The stored copy's version, read from the index, not from the (large) record itself.
        const entry = await tx.store.index(VERSION_INDEX).openKeyCursor(IDBKeyRange.bound([draft.id], [draft.id, []]));
        const stored = entry ? versionOf((entry.key as unknown[])[1]) : (await tx.store.getKey(draft.id)) === undefined ? undefined : null;
        if (stored !== undefined && !putOptions.overwrite && stored !== versions.get(draft.id)) {
          await tx.done;
          throw new StorageError('conflict');
        }
        await tx.store.put(draft);
        await tx.done;
        versions.set(draft.id, versionOf(draft.updatedAt));
      }),

    deleteDraft: (id) =>
      run(async (conn) => {
        await conn.delete(DRAFTS, id);
        versions.delete(id);
      }),

    getMeta: (key) =>
      run(async (conn) => {
        const raw: unknown = await conn.get(META, key);
        const parsed = META_SCHEMAS[key].safeParse(raw);
        return parsed.success ? parsed.data : undefined;
      }),

    setMeta: (key, value) =>
      run(async (conn) => {
        await conn.put(META, value, key);
      }),

    listLibrary: () =>
      run(async (conn) => {
        const raws: unknown[] = await conn.getAll(LIBRARY);
        const reports: LibraryReport[] = [];
        for (const raw of raws) {
          try {
            reports.push(restoreLibraryReport(raw, { now: 0 }));
          } catch {
            // An imported example that no longer validates can be imported again; skip it.
          }
        }
        return reports.sort((a, b) => b.importedAt - a.importedAt || a.title.localeCompare(b.title, 'zh'));
      }),

    putLibraryReport: (report) =>
      run(async (conn) => {
        await conn.put(LIBRARY, report);
      }),

    deleteLibraryReport: (id) =>
      run(async (conn) => {
        await conn.delete(LIBRARY, id);
      }),

    clearAll: () =>
      run(async (conn) => {
        const tx = conn.transaction([DRAFTS, LIBRARY, META], 'readwrite');
        await Promise.all([tx.objectStore(DRAFTS).clear(), tx.objectStore(LIBRARY).clear(), tx.objectStore(META).clear(), tx.done]);
        versions.clear();
      }),

    close: () => {
      db?.close();
      db = null;
    },
  };
}
