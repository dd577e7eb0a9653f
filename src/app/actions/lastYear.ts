/**
 * 从去年的报告开始 and 去年报告 (issue 20): last year's report from one of 我的草稿 or from a .docx
 * (the 导入Word reader, loaded on demand), turned into a new draft or set as a draft's comparison
 * source.
 */
import type { Draft } from '../../model/draft.ts';
import type { PreviousReport } from '../../model/previous.ts';
import { snapshotPrevious, startFromLastYear } from '../../yearly/snapshot.ts';
import { lastYearDraftName } from '../../model/draftNames.ts';
import { newId } from '../../storage/newId.ts';
import { importDocxWithNotes } from '../exportActions.ts';
import type { Action, ActionHost } from './action.ts';

export interface LastYearSource {
  readonly doc: Draft['doc'];
  readonly fields: Draft['fields'];
  readonly name: string;
  readonly source: PreviousReport['source'];
  /** What the reader noticed in a Word file (tracked changes accepted, comments left out…). */
  readonly notes: readonly string[];
}

export function lastYearFromDraft(draft: Draft): LastYearSource {
  return { doc: draft.doc, fields: draft.fields, name: draft.name, source: 'draft', notes: [] };
}

/** Reads a .docx as last year's report. Throws ImportError (a Chinese message naming the file). */
export async function lastYearFromFile(file: File): Promise<LastYearSource> {
  const { draft, notes } = await importDocxWithNotes(file, 'last-year', 0);
  return { doc: draft.doc, fields: draft.fields, name: file.name, source: 'file', notes };
}

/** The new draft of 从去年的报告开始. */
export function draftFromLastYear(last: LastYearSource, id: string, now: number): Draft {
  const { doc, fields, previous } = startFromLastYear(last, last.source);
  return { id, name: lastYearDraftName(), fields, doc, origin: `last-year:${last.name}`, createdAt: now, updatedAt: now, previous };
}

/** The comparison source for a draft that already exists. */
export function previousOf(last: LastYearSource): PreviousReport {
  return snapshotPrevious(last.doc, last.fields, last.name, last.source);
}

/** 从去年的报告开始 (`new`: a new draft) or 设置/更换去年报告 (`set`: the open draft's comparison source). */
export type LastYearUse = 'new' | 'set';

const notesText = (source: LastYearSource) => (source.notes.length ? ` ${source.notes.join(' ')}` : '');

async function applyLastYear(host: ActionHost, source: LastYearSource, how: LastYearUse): Promise<void> {
  if (how === 'new') {
    const draft = draftFromLastYear(source, newId(), Date.now());
    await host.workspace.openNew(draft);
    host.notify({
      kind: 'info',
      text: `已从“${source.name}”开始${draft.fields.year ?? ''}年度报告：年份已顺延一年，去年的数字已标出（去年数字，请更新），去年的打算列在“去年打算”中。${notesText(source)}`,
    });
  } else {
    host.workspace.setPrevious(previousOf(source));
    host.notify({ kind: 'info', text: `已将“${source.name}”设为去年报告。${notesText(source)}` });
  }
}

/** Last year's report from one of 我的草稿. `onDone` runs after success (the app shows 去年打算). A failed read leaves the open draft untouched. */
export const lastYearFromMyDraft: Action<[id: string, how: LastYearUse, onDone: () => void]> = {
  name: 'lastYearFromMyDraft',
  failure: (error) => `无法读取去年的报告：${error}`,
  async perform(host, id, how, onDone) {
    const draft = await host.workspace.readDraft(id);
    if (!draft) throw new Error('找不到该草稿，可能已被删除。');
    await applyLastYear(host, lastYearFromDraft(draft), how);
    onDone();
  },
};

/** Last year's report from a .docx (the 导入Word reader, loaded on demand); its error names the file. */
export const lastYearFromWord: Action<[file: File, how: LastYearUse, onDone: () => void]> = {
  name: 'lastYearFromWord',
  failure: (error) => error,
  busy: true,
  async perform(host, file, how, onDone) {
    await applyLastYear(host, await lastYearFromFile(file), how);
    onDone();
  },
};
