/**
 * 从去年的报告开始 and 去年报告 (issue 20): last year's report from one of 我的草稿 or from a .docx
 * (the 导入Word reader, loaded on demand), turned into a new draft or set as a draft's comparison
 * source.
 */
import type { Draft } from '../../model/draft.ts';
import type { PreviousReport } from '../../model/previous.ts';
import { snapshotPrevious, startFromLastYear } from '../../yearly/snapshot.ts';
import { lastYearDraftName } from '../../model/draftNames.ts';
import { importDocxWithNotes } from '../exportActions.ts';

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
