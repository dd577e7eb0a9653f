/** 忽略 (校对) is kept with the draft: storage, switching drafts, backup and restore. */
import { afterEach, describe, expect, it } from 'vitest';
import { draftFromTemplate } from '../../src/app/draftFactory.ts';
import { Workspace } from '../../src/app/workspace.ts';
import { ignoreKey, splitIgnored, withIgnored } from '../../src/check/proofread/ignore.ts';
import { proofreadBlock } from '../../src/check/proofread/proofread.ts';
import type { Draft } from '../../src/model/draft.ts';
import { createBackup, parseBackup } from '../../src/storage/backup.ts';
import { createMemoryStore } from '../../src/storage/memoryStore.ts';
import { restoreDraft } from '../../src/storage/restore.ts';
import { defaultFields, getTemplate } from '../../src/templates/templates.ts';

const draft = (id: string, updatedAt: number, ignored?: string[]): Draft => ({
  ...draftFromTemplate(getTemplate('local')!, false, defaultFields(new Date(2024, 0, 15)), id, updatedAt),
  name: `草稿${id}`,
  ...(ignored ? { ignored } : {}),
});

const live: Workspace[] = [];
afterEach(() => {
  for (const w of live.splice(0)) w.dispose();
});

describe('ignore keys', () => {
  const text = '截止目前，共办理案件12件。';
  const [item] = proofreadBlock({ index: 2, text, part: 'work' }, { unit: '', year: 2024 });

  it('name the rule, the match and a few characters around it', () => {
    expect(ignoreKey(item!, text)).toBe('wording||截止|目前，共办理');
  });

  it('hold while the paragraph moves and the report changes elsewhere', () => {
    const key = ignoreKey(item!, text);
    const moved = splitIgnored([{ ...item!, blockIndex: 7 }], () => text, new Set([key]));
    expect(moved.open).toEqual([]);
    expect(moved.ignored).toHaveLength(1);
  });

  it('let the item come back when the words around it change', () => {
    const changed = `${text.replace('目前', '本月')}`;
    const [again] = proofreadBlock({ index: 2, text: changed, part: 'work' }, { unit: '', year: 2024 });
    const result = splitIgnored([again!], () => changed, new Set([ignoreKey(item!, text)]));
    expect(result.open).toHaveLength(1);
  });

  it('withIgnored adds once and keeps the newest', () => {
    expect(withIgnored(['a', 'b'], 'a')).toEqual(['b', 'a']);
  });
});

describe('the ignored list is stored with the draft', () => {
  it('restoreDraft keeps it, drops duplicates, and leaves it out when empty', () => {
    expect(restoreDraft(draft('a', 1, ['k1', 'k2', 'k1'])).ignored).toEqual(['k1', 'k2']);
    expect('ignored' in restoreDraft(draft('b', 1, []))).toBe(false);
    expect('ignored' in restoreDraft(draft('c', 1))).toBe(false);
    expect(() => restoreDraft({ ...draft('d', 1), ignored: [1] })).toThrow(/草稿数据已损坏/);
  });

  it('a backup carries it and restore brings it back', () => {
    const text = createBackup([draft('a', 1, ['wording||截止|目前'])], [], new Date('2025-01-01T00:00:00Z'));
    expect(parseBackup(text).drafts[0]!.ignored).toEqual(['wording||截止|目前']);
  });

  it('the workspace saves it, and switching drafts shows each draft’s own list', async () => {
    // Ids of this file's own: the tab guards of workspaces in other test files running at the same
    // time hear each other over BroadcastChannel, and would claim a draft 'a' they also open.
    const [A, B] = ['ignored-a', 'ignored-b'];
    // An existing database (a created one is not read at start-up).
    const store = { ...createMemoryStore(), created: false };
    await store.putDraft(draft(A, 1));
    await store.putDraft(draft(B, 2, ['other']));
    await store.setMeta('lastOpenDraftId', A);
    const workspace = new Workspace({ firstDraft: () => draft('first', 5), store });
    live.push(workspace);
    await workspace.init();
    expect(workspace.getState().draft?.id).toBe(A);
    expect(workspace.getState().ignored).toEqual([]);

    workspace.setIgnored(['wording||截止|目前']);
    await workspace.flush();
    expect((await store.getDraft(A))?.ignored).toEqual(['wording||截止|目前']);

    await workspace.openDraft(B);
    expect(workspace.getState().ignored).toEqual(['other']);
    await workspace.openDraft(A);
    expect(workspace.getState().ignored).toEqual(['wording||截止|目前']);
    // A backup of the open draft includes its list.
    expect(parseBackup(await workspace.backupText()).drafts.find((d) => d.id === A)?.ignored).toEqual(['wording||截止|目前']);

    workspace.setIgnored([]);
    await workspace.flush();
    expect((await store.getDraft(A))?.ignored).toBeUndefined();
  });
});
