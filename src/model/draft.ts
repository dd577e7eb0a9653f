/** A draft as stored in IndexedDB, written to backups and read by `npm run export:docx`. */
import type { ReportFields } from './fields.ts';
import type { PreviousReport } from './previous.ts';
import type { ReportDoc } from './schema.ts';

export interface Draft {
  /** Random id (crypto.randomUUID()). */
  readonly id: string;
  /** Name shown in 我的草稿; defaults to the resolved title. */
  readonly name: string;
  readonly fields: ReportFields;
  readonly doc: ReportDoc;
  /** Template or example id the draft started from (informational). */
  readonly origin: string | null;
  /** Epoch milliseconds. */
  readonly createdAt: number;
  readonly updatedAt: number;
  /**
   * 校对 items the user chose to 忽略, by key (src/check/proofread/ignore.ts); absent when none.
   * Kept with the draft so a deliberate choice survives reloads, other drafts and backups.
   */
  readonly ignored?: readonly string[];
  /** Last year's report, the comparison source of 去年打算 / 对比去年 (issue 20); absent when none is set. */
  readonly previous?: PreviousReport;
}
