import { afterEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../src/app/workspace.ts';
import type { Draft } from '../../src/model/draft.ts';
import { paragraph, reportDoc, title } from '../../src/model/schema.ts';
import { createMemoryStore } from '../../src/storage/memoryStore.ts';

// Draft ids of their own: Node's BroadcastChannel reaches the tab guards of other test files' workspaces.
const draft = (id: string, text: string, updatedAt: number): Draft => ({
  id,
  name: `草稿${id}`,
  fields: { unit: '', year: 2024, superior: '', date: '' },
  doc: reportDoc(title('报告'), ...text.match(/[\s\S]{1,40000}/g)!.map((t) => paragraph(t))),
  origin: null,
  createdAt: 1,
  updatedAt,
});

const live: Workspace[] = [];
afterEach(() => {
  for (const w of live.splice(0)) w.dispose();
});

async function startWith(drafts: Draft[], lastOpen: string) {
  const base = createMemoryStore();
  for (const d of drafts) await base.putDraft(d);
  await base.setMeta('lastOpenDraftId', lastOpen);
  const workspace = new Workspace({ firstDraft: () => draft('ws-size-new', '新的', 1), store: { ...base, created: false }, journal: null });
  live.push(workspace);
  await workspace.init();
  return workspace;
}

describe('a stored draft too large to edit', () => {
  it('is not opened: the newest other draft opens, with a warning naming it', async () => {
    const giant = { ...draft('ws-size-giant', '字', 3), doc: reportDoc(title('报告'), paragraph('字'.repeat(1_000_000))) };
    const ws = await startWith([giant, draft('ws-size-ok', '能打开的', 2)], 'ws-size-giant');
    expect(ws.getState().draft?.id).toBe('ws-size-ok');
    expect(ws.getState().sizeWarning).toBe(
      '草稿“草稿ws-size-giant”内容过长（约100万字，一份草稿最多60万字），为免页面卡死没有打开。它仍完整保存在本机，可用“备份”下载保存。已改为打开“草稿ws-size-ok”。',
    );
    await expect(ws.openDraft('ws-size-giant')).rejects.toThrow(/为免页面卡死没有打开/);
    // Still stored, and in the backup.
    expect(await ws.backupText()).toContain('"id": "ws-size-giant"');
  });

  it('when it is the only one, a new draft opens', async () => {
    const giant = { ...draft('ws-size-only', '字', 3), doc: reportDoc(title('报告'), paragraph('字'.repeat(60_001))) };
    const ws = await startWith([giant], 'ws-size-only');
    expect(ws.getState().draft?.id).toBe('ws-size-new');
    expect(ws.getState().sizeWarning).toContain('其中一段长达约6万字');
  });

  it('a long draft that fits opens with a warning that editing may be slow; a normal one without', async () => {
    const ws = await startWith([draft('ws-size-long', '长'.repeat(350_000), 2)], 'ws-size-long');
    expect(ws.getState().draft?.id).toBe('ws-size-long');
    expect(ws.getState().sizeWarning).toBe('草稿“草稿ws-size-long”很长（约35万字），编辑时可能变慢。可以把它分成几份草稿。');
    const normal = await startWith([draft('ws-size-normal', '正常'.repeat(1000), 2)], 'ws-size-normal');
    expect(normal.getState().sizeWarning).toBe('');
  });
});
