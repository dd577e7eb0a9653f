/**
 * Last year's report kept with a draft as its comparison source (issue 20, 年度接续). The text is a
 * snapshot (fields resolved to plain text), so it stays readable when the draft or file it came
 * from is gone; it travels with the draft through storage and 备份/恢复.
 */
import type { ReportDoc } from './schema.ts';

export interface PreviousReport {
  /** What the user picked: the draft's name or the file's name. */
  readonly name: string;
  /** The year last year's report is about; null when it could not be told. */
  readonly year: number | null;
  readonly source: 'draft' | 'file';
  /** Last year's document, fields resolved to text. */
  readonly doc: ReportDoc;
  /**
   * Links set by hand in 去年打算, by plan id: the key of the paragraph that answers the plan
   * (see paragraphKey in src/yearly/match.ts), or null when the user unlinked it ("not answered").
   */
  readonly links: Readonly<Record<string, string | null>>;
}
