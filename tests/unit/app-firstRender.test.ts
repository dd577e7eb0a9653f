import { afterEach, describe, expect, it } from 'vitest';
import { draftFromTemplate } from '../../src/app/draftFactory.ts';
import { whenFirstDraft } from '../../src/app/firstRender.ts';
import { Workspace } from '../../src/app/workspace.ts';
import type { Draft } from '../../src/model/draft.ts';
import type { DraftStore } from '../../src/storage/db.ts';
import { createMemoryStore } from '../../src/storage/memoryStore.ts';
import { defaultFields, getTemplate } from '../../src/templates/templates.ts';

const draft = (id: string): Draft => ({
  ...draftFromTemplate(getTemplate('local')!, false, defaultFields(new Date(2024, 0, 15)), id, 1),
  name: `草稿${id}`,
});

const live: Workspace[] = [];
afterEach(() => {
  for (const w of live.splice(0)) w.dispose();
});

/** `store` as a database that existed before this visit (a new memory store counts as just created). */
const existing = (store: DraftStore): DraftStore => new Proxy(store, { get: (target, prop: keyof DraftStore) => (prop === 'created' ? false : target[prop]) });

function workspaceOn(store: DraftStore): { workspace: Workspace; started: Promise<void> } {
  const workspace = new Workspace({ firstDraft: () => draft('first'), store, journal: null });
  live.push(workspace);
  return { workspace, started: workspace.init() };
}

/** What happened first: the wait resolved, or `ms` passed. */
const settlesWithin = (wait: Promise<void>, ms: number) =>
  Promise.race([wait.then(() => 'resolved'), new Promise((resolve) => setTimeout(() => resolve('pending'), ms))]);

describe('the first render waits for the first draft', () => {
  it('resolves as soon as the stored draft is shown, long before the cap', async () => {
    const store = createMemoryStore();
    await store.putDraft(draft('a'));
    await store.setMeta('lastOpenDraftId', 'a');
    const { workspace, started } = workspaceOn(existing(store));
    await whenFirstDraft(workspace, started, 60_000);
    expect(workspace.getState().draft?.id).toBe('a');
  });

  it('waits no longer than the cap when storage never answers, and the draft still comes later', async () => {
    let answer: () => void = () => {};
    const gate = new Promise<void>((resolve) => (answer = resolve));
    const base = createMemoryStore();
    await base.putDraft(draft('a'));
    await base.setMeta('lastOpenDraftId', 'a');
    // Every read waits for the gate: IndexedDB blocked by another tab's upgrade, say.
    const slow = new Proxy(existing(base), {
      get(target, prop: keyof DraftStore) {
        const value = target[prop];
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          await gate;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const { workspace, started } = workspaceOn(slow);
    expect(await settlesWithin(whenFirstDraft(workspace, started, 50), 2_000)).toBe('resolved');
    expect(workspace.getState().draft).toBeNull();
    answer();
    await started;
    expect(workspace.getState().draft?.id).toBe('a');
  });

  it('resolves when the start settles without a draft (it failed), not only on the timer', async () => {
    const workspace = { getState: () => ({ draft: null }), subscribe: () => () => {} };
    const failed = Promise.reject(new Error('storage broke'));
    expect(await settlesWithin(whenFirstDraft(workspace as never, failed, 60_000), 1_000)).toBe('resolved');
  });

  it('resolves at once when a draft is already shown', async () => {
    const workspace = { getState: () => ({ draft: draft('b') }), subscribe: () => () => {} };
    expect(await settlesWithin(whenFirstDraft(workspace as never, new Promise(() => {}), 60_000), 1_000)).toBe('resolved');
  });
});
