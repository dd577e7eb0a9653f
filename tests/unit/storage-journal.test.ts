import { afterEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../src/app/workspace.ts';
import type { Draft } from '../../src/model/draft.ts';
import { createMemoryStore } from '../../src/storage/memoryStore.ts';
import { clearJournal, journalKey, readJournal, replayJournal, writeJournal, type JournalStorage } from '../../src/storage/journal.ts';
import { doc, p, t } from '../helpers/builders.ts';

/** localStorage's behaviour in a Map; `quota` chars of values at most (then setItem throws as Chromium does). */
function memoryStorage(quota = Infinity): JournalStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      const used = [...map].reduce((n, [key, value]) => n + (key === k ? 0 : value.length), 0);
      if (used + v.length > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
}

const draft = (id: string, updatedAt: number, text: string): Draft => ({
  id,
  name: `草稿${id}`,
  fields: { unit: '县司法局', year: 2024, superior: '', date: '' },
  doc: doc(t('报告'), p(text)),
  origin: null,
  createdAt: 1,
  updatedAt,
});

const bodyText = (d: Draft | null | undefined) => JSON.stringify(d?.doc.content[1]);

describe('write-ahead journal', () => {
  it('replays an entry newer than the stored draft', () => {
    const storage = memoryStorage();
    expect(writeJournal(storage, draft('a', 200, '刚打的字'))).toBe(true);
    const decision = replayJournal(storage, 'a', draft('a', 100, '旧的'));
    expect(decision.kind).toBe('replay');
    expect(decision.kind === 'replay' && bodyText(decision.draft)).toContain('刚打的字');
    // Kept until IndexedDB confirms the save.
    expect(storage.map.has(journalKey('a'))).toBe(true);
  });

  it('replays an entry whose draft never reached IndexedDB', () => {
    const storage = memoryStorage();
    writeJournal(storage, draft('a', 200, '新草稿的字'));
    const decision = replayJournal(storage, 'a', undefined);
    expect(decision.kind === 'replay' && decision.draft.id).toBe('a');
  });

  it('does not replay an older or equal entry, and removes it', () => {
    const storage = memoryStorage();
    writeJournal(storage, draft('a', 100, '旧的'));
    expect(replayJournal(storage, 'a', draft('a', 200, '已保存的新版')).kind).toBe('stored');
    expect(storage.map.size).toBe(0);
    writeJournal(storage, draft('a', 200, '同一版本'));
    expect(replayJournal(storage, 'a', draft('a', 200, '同一版本')).kind).toBe('stored');
    expect(storage.map.size).toBe(0);
  });

  it('ignores and removes a corrupt entry', () => {
    for (const text of [
      '{"format":"report-drafter-journal"',
      'null',
      '{"format":"report-drafter-journal","version":1,"draft":{"id":"a","doc":{"type":"doc","content":[]}}}',
      '{"format":"other","version":1,"draft":{}}',
    ]) {
      const storage = memoryStorage();
      storage.setItem(journalKey('a'), text);
      expect(readJournal(storage, 'a')).toBeNull();
      expect(replayJournal(storage, 'a', draft('a', 100, '旧的')).kind).toBe('stored');
      expect(storage.map.size).toBe(0);
    }
  });

  it("never replays another draft's entry", () => {
    const storage = memoryStorage();
    writeJournal(storage, draft('b', 300, '别的草稿'));
    expect(replayJournal(storage, 'a', draft('a', 100, '旧的')).kind).toBe('stored');
    // b's entry is untouched.
    expect(readJournal(storage, 'b')?.id).toBe('b');
    // An entry stored under a's key but holding b (copied storage): not replayed into a.
    storage.setItem(journalKey('a'), storage.getItem(journalKey('b'))!);
    expect(readJournal(storage, 'a')).toBeNull();
    expect(replayJournal(storage, 'a', draft('a', 100, '旧的')).kind).toBe('stored');
  });

  it('reports a full localStorage instead of throwing, and keeps the older entry', () => {
    const storage = memoryStorage(2000);
    expect(writeJournal(storage, draft('a', 100, '短'))).toBe(true);
    expect(writeJournal(storage, draft('a', 200, '长'.repeat(5000)))).toBe(false);
    expect(bodyText(readJournal(storage, 'a'))).toContain('短');
    expect(writeJournal(null, draft('a', 300, '无存储'))).toBe(false);
    const throwing: JournalStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(writeJournal(throwing, draft('a', 1, 'x'))).toBe(false);
    expect(readJournal(throwing, 'a')).toBeNull();
    expect(() => clearJournal(throwing, 'a', 5)).not.toThrow();
  });

  it('clears only up to the version IndexedDB confirmed', () => {
    const storage = memoryStorage();
    writeJournal(storage, draft('a', 300, '保存之后又打的字'));
    clearJournal(storage, 'a', 200);
    expect(readJournal(storage, 'a')?.updatedAt).toBe(300);
    clearJournal(storage, 'a', 300);
    expect(readJournal(storage, 'a')).toBeNull();
  });
});

describe('Workspace with the journal', () => {
  const live: Workspace[] = [];
  afterEach(() => {
    for (const w of live.splice(0)) w.dispose();
  });

  // Draft ids of their own: Node's BroadcastChannel reaches the tab guards of other test files' workspaces.
  it('journals an unsaved change when the page is left, and the next start shows and stores it', async () => {
    const storage = memoryStorage();
    // An existing database (not one created by this visit), holding draft a. `unloading`: the
    // page is going away, and IndexedDB writes it starts never land.
    const base = createMemoryStore();
    let unloading = false;
    const store = {
      ...base,
      created: false,
      putDraft: (d: Draft, o?: { overwrite?: boolean }) => (unloading ? new Promise<void>(() => {}) : base.putDraft(d, o)),
    };
    await store.putDraft(draft('wj-a', 100, '原文'));
    await store.setMeta('lastOpenDraftId', 'wj-a');
    let clock = 1000;
    const first = new Workspace({ firstDraft: () => draft('wj-new', 1, ''), store, journal: storage, now: () => clock });
    live.push(first);
    await first.init();
    let liveDoc = doc(t('报告'), p('原文，加上刚打的一句。'));
    first.attachEditor(() => liveDoc);
    first.docChanged();
    // The page goes away before any save ran: the journal has the change.
    unloading = true;
    expect(first.leave()).toBe(false);
    expect(bodyText(readJournal(storage, 'wj-a'))).toContain('刚打的一句');
    first.dispose();
    unloading = false;
    expect(bodyText(await store.getDraft('wj-a'))).not.toContain('刚打的一句');

    clock = 5000;
    const second = new Workspace({ firstDraft: () => draft('wj-new', 1, ''), store, journal: storage, now: () => clock });
    live.push(second);
    await second.init();
    expect(bodyText(second.getState().draft)).toContain('刚打的一句');
    liveDoc = second.getState().draft!.doc;
    second.attachEditor(() => liveDoc);
    expect(await second.flush()).toBe(true);
    expect(bodyText(await store.getDraft('wj-a'))).toContain('刚打的一句');
    // Stored: the journal entry is gone.
    expect(storage.map.size).toBe(0);
  });

  it('says a change could be lost when the journal cannot take it', async () => {
    const store = createMemoryStore();
    const ws = new Workspace({ firstDraft: () => draft('wj-c', 100, '原文'), store, journal: null });
    live.push(ws);
    await ws.init();
    ws.attachEditor(() => doc(t('报告'), p('新的字')));
    await ws.flush();
    expect(ws.leave()).toBe(false);
    ws.docChanged();
    expect(ws.leave()).toBe(true);
  });
});
