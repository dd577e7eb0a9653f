import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../src/model/draft.ts';
import { paragraph, reportDoc, title } from '../../src/model/schema.ts';
import { DB_NAME, DB_VERSION, openStore, type DraftStore } from '../../src/storage/db.ts';
import type { LibraryReport } from '../../src/storage/restore.ts';
import { STORAGE_MESSAGES, StorageError } from '../../src/storage/storageError.ts';

const makeDraft = (id: string, updatedAt: number, body = '正文'): Draft => ({
  id,
  name: `草稿${id}`,
  fields: { unit: '县司法局', year: 2024, superior: '', date: '' },
  doc: reportDoc(title('报告'), paragraph(body)),
  origin: null,
  createdAt: 1,
  updatedAt,
});

const makeReport = (id: string, importedAt: number): LibraryReport => ({
  id,
  index: 0,
  title: `范文${id}`,
  unit: null,
  unitNote: '',
  level: '县',
  year: 2023,
  blocks: [{ id: `${id}-0`, type: 'paragraph', text: '正文', part: 'work', path: [] }],
  importedAt,
});

async function rejection(promise: Promise<unknown>): Promise<StorageError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(StorageError);
    return e as StorageError;
  }
  throw new Error('expected a rejection');
}

/** Writes a raw record, bypassing the store's API (what an older build or a bug may leave). */
async function putRaw(factory: IDBFactory, storeName: string, value: unknown, key?: string): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(DB_NAME);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(storeName, 'readwrite');
    tx.objectStore(storeName).put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

let factory: IDBFactory;
let store: DraftStore;

beforeEach(async () => {
  factory = new IDBFactory();
  store = await openStore({ factory });
});
afterEach(() => {
  store.close();
  vi.restoreAllMocks();
});

describe('drafts', () => {
  it('puts, gets, lists newest first and deletes', async () => {
    await store.putDraft(makeDraft('a', 100));
    await store.putDraft(makeDraft('b', 300));
    await store.putDraft(makeDraft('c', 200));
    expect(await store.getDraft('b')).toEqual(makeDraft('b', 300));
    expect((await store.listDrafts()).map((s) => s.id)).toEqual(['b', 'c', 'a']);
    expect(await store.listDrafts()).toContainEqual({ id: 'a', name: '草稿a', createdAt: 1, updatedAt: 100, damaged: false });
    expect((await store.getAllDrafts()).map((d) => d.id)).toEqual(['b', 'c', 'a']);
    await store.deleteDraft('c');
    expect(await store.getDraft('c')).toBeUndefined();
    expect((await store.listDrafts()).map((s) => s.id)).toEqual(['b', 'a']);
  });

  it('says whether this open created the database (a first visit: nothing to read)', async () => {
    expect(store.created).toBe(true);
    await store.putDraft(makeDraft('a', 1));
    const again = await openStore({ factory });
    expect(again.created).toBe(false);
    again.close();
  });

  it('keeps data across connections (reopening the database)', async () => {
    await store.putDraft(makeDraft('a', 100));
    store.close();
    const again = await openStore({ factory });
    expect(await again.getDraft('a')).toEqual(makeDraft('a', 100));
    again.close();
  });

  it('reopens by itself after close()', async () => {
    store.close();
    await store.putDraft(makeDraft('a', 100));
    expect(await store.getDraft('a')).toBeDefined();
  });

  it('validates what it reads: a damaged record is listed as damaged, not opened, not backed up', async () => {
    await store.putDraft(makeDraft('good', 100));
    await putRaw(factory, 'drafts', { id: 'bad', name: '坏草稿', updatedAt: 50, doc: { type: 'doc', content: [] } });
    await putRaw(factory, 'drafts', { id: 'old', updatedAt: 70, doc: { type: 'doc', content: [{ type: 'reportTitle' }] } });
    const list = await store.listDrafts();
    expect(list).toEqual([
      { id: 'good', name: '草稿good', createdAt: 1, updatedAt: 100, damaged: false },
      { id: 'old', name: '未命名草稿', createdAt: 70, updatedAt: 70, damaged: false },
      { id: 'bad', name: '坏草稿', createdAt: 0, updatedAt: 50, damaged: true },
    ]);
    const error = await rejection(store.getDraft('bad'));
    expect(error.kind).toBe('damaged');
    expect(error.message).toMatch(/^该草稿的存储数据已损坏/);
    // migrated on read: defaults filled, an empty paragraph added
    expect((await store.getDraft('old'))?.doc.content).toHaveLength(2);
    expect((await store.getAllDrafts()).map((d) => d.id)).toEqual(['good', 'old']);
    await store.deleteDraft('bad');
    expect((await store.listDrafts()).map((d) => d.id)).toEqual(['good', 'old']);
  });
});

describe('meta', () => {
  it('reads undefined, then what was set', async () => {
    expect(await store.getMeta('lastOpenDraftId')).toBeUndefined();
    await store.setMeta('lastOpenDraftId', 'a');
    expect(await store.getMeta('lastOpenDraftId')).toBe('a');
    await store.setMeta('lastOpenDraftId', null);
    expect(await store.getMeta('lastOpenDraftId')).toBeNull();
  });
  it('ignores a stored value of the wrong type', async () => {
    await putRaw(factory, 'meta', 42, 'lastOpenDraftId');
    expect(await store.getMeta('lastOpenDraftId')).toBeUndefined();
  });
});

describe('library', () => {
  it('puts, lists most recently imported first, deletes', async () => {
    await store.putLibraryReport(makeReport('x', 10));
    await store.putLibraryReport(makeReport('y', 30));
    await putRaw(factory, 'library', { id: 'junk' });
    expect((await store.listLibrary()).map((r) => r.id)).toEqual(['y', 'x']);
    expect((await store.listLibrary())[1]).toEqual(makeReport('x', 10));
    await store.deleteLibraryReport('y');
    expect((await store.listLibrary()).map((r) => r.id)).toEqual(['x']);
  });
});

describe('clearAll', () => {
  it('empties every store', async () => {
    await store.putDraft(makeDraft('a', 1));
    await store.putLibraryReport(makeReport('x', 1));
    await store.setMeta('lastOpenDraftId', 'a');
    await store.clearAll();
    expect(await store.listDrafts()).toEqual([]);
    expect(await store.listLibrary()).toEqual([]);
    expect(await store.getMeta('lastOpenDraftId')).toBeUndefined();
    await store.putDraft(makeDraft('a', 2)); // no stale version left for the conflict guard
  });
});

describe('conflict guard: a tab does not overwrite a newer save from another tab', () => {
  it('refuses a save based on an outdated copy', async () => {
    const other = await openStore({ factory });
    await store.putDraft(makeDraft('a', 100));
    await other.getDraft('a');
    await store.putDraft(makeDraft('a', 200)); // this tab saves on
    const error = await rejection(other.putDraft(makeDraft('a', 150, '另一标签页的内容')));
    expect(error.kind).toBe('conflict');
    expect(error.message).toBe(STORAGE_MESSAGES.conflict);
    expect((await store.getDraft('a'))?.updatedAt).toBe(200);
    // the writer's own later saves still go through
    await store.putDraft(makeDraft('a', 300));
    // after reloading, the other tab may save again
    await other.getDraft('a');
    await other.putDraft(makeDraft('a', 400));
    other.close();
  });

  it('refuses to write over a stored draft this store never loaded, unless overwrite', async () => {
    const other = await openStore({ factory });
    await other.putDraft(makeDraft('a', 100));
    expect((await rejection(store.putDraft(makeDraft('a', 50)))).kind).toBe('conflict');
    await store.putDraft(makeDraft('a', 50, '备份中的内容'), { overwrite: true });
    expect((await store.getDraft('a'))?.updatedAt).toBe(50);
    other.close();
  });

  it("reads the stored copy's version from the index, not the stored draft itself", async () => {
    await store.putDraft(makeDraft('a', 100, '很长的正文'.repeat(1000)));
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    const cursor = vi.spyOn(IDBObjectStore.prototype, 'openCursor');
    await store.putDraft(makeDraft('a', 200));
    const other = await openStore({ factory });
    expect((await rejection(other.putDraft(makeDraft('a', 300)))).kind).toBe('conflict');
    expect(get).not.toHaveBeenCalled();
    expect(cursor).not.toHaveBeenCalled();
    other.close();
  });

  it("saves a stored draft without updatedAt (an old build's) once opened, and still guards it", async () => {
    const { updatedAt: _, ...old } = makeDraft('a', 0, '旧版本保存的草稿');
    await putRaw(factory, 'drafts', old);
    const other = await openStore({ factory });
    expect((await rejection(other.putDraft(makeDraft('a', 50)))).kind).toBe('conflict'); // never opened there
    expect((await store.getDraft('a'))?.doc).toEqual(old.doc);
    await store.putDraft(makeDraft('a', 100, '接着写'));
    await store.putDraft(makeDraft('a', 200, '再接着写'));
    expect((await rejection(other.putDraft(makeDraft('a', 150)))).kind).toBe('conflict');
    expect((await store.getDraft('a'))?.updatedAt).toBe(200);
    other.close();
  });

  it('writes a draft that is not stored (new, or deleted elsewhere)', async () => {
    await store.putDraft(makeDraft('a', 100));
    const other = await openStore({ factory });
    await other.deleteDraft('a');
    await store.putDraft(makeDraft('a', 200));
    expect((await other.getDraft('a'))?.updatedAt).toBe(200);
    other.close();
  });
});

describe('upgrade', () => {
  it('opens a version-1 database (drafts saved by an earlier build) and keeps its drafts and the conflict guard', async () => {
    const legacy = new IDBFactory();
    const v1 = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = legacy.open(DB_NAME, 1);
      req.onupgradeneeded = () => {
        req.result.createObjectStore('drafts', { keyPath: 'id' });
        req.result.createObjectStore('library', { keyPath: 'id' });
        req.result.createObjectStore('meta');
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = v1.transaction(['drafts', 'meta'], 'readwrite');
      tx.objectStore('drafts').put(makeDraft('a', 100, '升级前的草稿'));
      tx.objectStore('drafts').put(makeDraft('b', 90));
      tx.objectStore('meta').put('a', 'lastOpenDraftId');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    v1.close();

    const upgraded = await openStore({ factory: legacy });
    expect((await upgraded.listDrafts()).map((d) => d.id)).toEqual(['a', 'b']);
    expect(await upgraded.getMeta('lastOpenDraftId')).toBe('a');
    expect((await upgraded.getDraft('a'))?.doc).toEqual(makeDraft('a', 100, '升级前的草稿').doc);
    await upgraded.putDraft(makeDraft('a', 200, '升级后接着写'));
    // b was stored before the upgrade and never opened here: still guarded
    expect((await rejection(upgraded.putDraft(makeDraft('b', 300)))).kind).toBe('conflict');
    upgraded.close();
    const reopened = await openStore({ factory: legacy });
    expect((await reopened.getDraft('a'))?.updatedAt).toBe(200);
    reopened.close();
  });
});

describe('errors become StorageError with a Chinese message', () => {
  it('no IndexedDB → unavailable', async () => {
    const error = await rejection(openStore({ factory: null }));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toBe('浏览器禁用了本地存储（IndexedDB），草稿只保存在当前页面中，关闭页面前请先备份。');
  });

  it('open throws (storage disabled) → unavailable', async () => {
    const throwing = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    expect((await rejection(openStore({ factory: throwing }))).kind).toBe('unavailable');
  });

  it('open fails (private window) → unavailable', async () => {
    const failing = {
      open: () => {
        const request = { error: new DOMException('nope', 'InvalidStateError') } as unknown as IDBOpenDBRequest;
        setTimeout(() => request.onerror?.({ preventDefault() {} } as unknown as Event));
        return request;
      },
    } as unknown as IDBFactory;
    expect((await rejection(openStore({ factory: failing }))).kind).toBe('unavailable');
  });

  it('open blocked by an old tab → blocked', async () => {
    const blocking = {
      open: () => {
        const request = {} as IDBOpenDBRequest;
        setTimeout(() => request.onblocked?.({} as IDBVersionChangeEvent));
        return request;
      },
    } as unknown as IDBFactory;
    const error = await rejection(openStore({ factory: blocking }));
    expect(error.kind).toBe('blocked');
    expect(error.message).toMatch(/请关闭其他起草器标签页后刷新本页/);
  });

  it('a database from a newer build (this copy of the app is older) → blocked, saying to use the newer app', async () => {
    const newerFactory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const req = newerFactory.open(DB_NAME, DB_VERSION + 1);
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    const error = await rejection(openStore({ factory: newerFactory }));
    expect(error.kind).toBe('blocked');
    expect(error.message).toMatch(/本地存储中的数据来自更新版本的起草器/);
  });

  it('a newer version opened elsewhere closes this connection and says so', async () => {
    const onVersionChange = vi.fn();
    const old = await openStore({ factory, onVersionChange });
    await old.putDraft(makeDraft('a', 1));
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(DB_NAME, DB_VERSION + 1);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    expect(onVersionChange).toHaveBeenCalledOnce();
    const error = await rejection(old.putDraft(makeDraft('a', 2)));
    expect(error.kind).toBe('blocked');
    expect(error.message).toMatch(/起草器已在另一个标签页中更新/);
    newer.close();
  });

  it('a full disk while saving → quota, and the store works again afterwards', async () => {
    await store.putDraft(makeDraft('a', 100));
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await rejection(store.putDraft(makeDraft('a', 200)));
    expect(error.kind).toBe('quota');
    expect(error.message).toBe('浏览器存储空间已满，最近的修改未能保存。正文仍保留在页面中，请立即点击“备份”下载备份文件，然后清理浏览器存储空间。');
    expect((await store.getDraft('a'))?.updatedAt).toBe(100);
    spy.mockRestore();
    await store.putDraft(makeDraft('a', 200));
    expect((await store.getDraft('a'))?.updatedAt).toBe(200);
  });

  it('an unexpected failure → unknown, in Chinese only (the browser’s error kept as the cause)', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(() => {
      throw new DOMException('boom', 'UnknownError');
    });
    const error = await rejection(store.listDrafts());
    expect(error.kind).toBe('unknown');
    expect(error.message).toBe(STORAGE_MESSAGES.unknown);
    expect(error.message).not.toMatch(/[A-Za-z]/);
    expect((error.cause as DOMException).name).toBe('UnknownError');
  });
});
