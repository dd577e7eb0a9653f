import { afterEach, describe, expect, it } from 'vitest';
import { draftFromTemplate } from '../../src/app/draftFactory.ts';
import { Workspace } from '../../src/app/workspace.ts';
import type { Draft } from '../../src/model/draft.ts';
import type { DraftStore } from '../../src/storage/db.ts';
import { createMemoryStore } from '../../src/storage/memoryStore.ts';
import { StorageError } from '../../src/storage/storageError.ts';
import { defaultFields, getTemplate } from '../../src/templates/templates.ts';

const draft = (id: string, updatedAt: number): Draft => ({
  ...draftFromTemplate(getTemplate('local')!, false, defaultFields(new Date(2024, 0, 15)), id, updatedAt),
  name: `草稿${id}`,
});

/**
 * A memory store that logs each call, and what the workspace showed at that moment. `created`:
 * whether it stands for a database created by this visit (a seeded store is an existing one).
 */
function loggedStore(base: DraftStore, log: string[], shown: () => string | null, created: boolean): DraftStore {
  return new Proxy(base, {
    get(target, prop: keyof DraftStore) {
      if (prop === 'created') return created;
      const value = target[prop];
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        log.push(`${String(prop)}${args.length && typeof args[0] === 'string' ? `(${args[0]})` : ''} shown=${shown() ?? '-'}`);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

const live: Workspace[] = [];
afterEach(() => {
  for (const w of live.splice(0)) w.dispose();
});

async function start(seed: (store: DraftStore) => Promise<void>, wrap: (store: DraftStore) => DraftStore = (s) => s) {
  const base = createMemoryStore();
  await seed(base);
  const created = (await base.listDrafts()).length === 0 && (await base.getMeta('lastOpenDraftId')) === undefined;
  const log: string[] = [];
  const ref: { workspace?: Workspace } = {};
  const store = loggedStore(wrap(base), log, () => ref.workspace?.getState().draft?.id ?? null, created);
  const workspace = (ref.workspace = new Workspace({ firstDraft: () => draft('first', 5), store }));
  live.push(workspace);
  await workspace.init();
  return { workspace, base, log };
}

describe('Workspace start-up', () => {
  it('opens the last open draft before it reads the lists', async () => {
    const { workspace, log } = await start(async (s) => {
      await s.putDraft(draft('a', 1));
      await s.putDraft(draft('b', 2));
      await s.setMeta('lastOpenDraftId', 'a');
    });
    expect(workspace.getState().draft?.id).toBe('a');
    // The lists are first read once the draft is on screen.
    const firstList = log.findIndex((l) => l.startsWith('listDrafts') || l.startsWith('listLibrary'));
    expect(log[firstList]).toMatch(/shown=a$/);
    expect(workspace.getState().drafts.map((d) => d.id)).toEqual(['b', 'a']);
  });

  it('falls back to the newest stored draft when the last open one is gone', async () => {
    const { workspace } = await start(async (s) => {
      await s.putDraft(draft('a', 1));
      await s.putDraft(draft('b', 2));
      await s.setMeta('lastOpenDraftId', 'deleted');
    });
    expect(workspace.getState().draft?.id).toBe('b');
  });

  it('a first visit stores the first draft, remembers it and lists it', async () => {
    const { workspace, base, log } = await start(async () => {});
    // Nothing is read from a database created just now before the first draft is shown.
    expect(log[0]).toBe('putDraft shown=-');
    const reads = (l: string) => /^(getMeta|getDraft|listDrafts|listLibrary)/.test(l);
    expect(log.filter(reads).every((l) => l.endsWith(' shown=first'))).toBe(true);
    expect(workspace.getState().draft?.id).toBe('first');
    expect((await base.getDraft('first'))?.name).toBe('草稿first');
    expect(await base.getMeta('lastOpenDraftId')).toBe('first');
    expect(workspace.getState().drafts.map((d) => d.id)).toEqual(['first']);
    expect(workspace.getState().storageError).toBeNull();
  });

  it('shows the first draft even when storing it fails, and says so', async () => {
    const { workspace } = await start(
      async () => {},
      (s) => ({ ...s, putDraft: () => Promise.reject(new StorageError('quota')) }),
    );
    expect(workspace.getState().draft?.id).toBe('first');
    expect(workspace.getState().storageError?.kind).toBe('quota');
  });
});
