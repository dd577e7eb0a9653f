/** The completeness check's result types (检查): items to fix, and character counts. */
import type { FieldName } from '../model/fields.ts';
import type { ReportPart } from '../model/part.ts';

/** error 需修改, warning 请核实, suggestion 建议. */
export type Severity = 'error' | 'warning' | 'suggestion';

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { error: '需修改', warning: '请核实', suggestion: '建议' };

export const RULE_IDS = [
  'empty-field',
  'blank',
  'flag',
  'missing-part',
  'stale-year',
  'duplicate-paragraph',
  'short-part',
  'unanswered-plan',
  'same-as-last-year',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface CheckItem {
  /** Unique within one result and stable while the document does not change there (a React key). */
  readonly id: string;
  readonly rule: RuleId;
  /** Chinese, shown as is. */
  readonly message: string;
  readonly severity: Severity;
  /**
   * Index into `doc.content` to jump to (0 is the title); null for an item about the whole
   * report with no block to show (an empty field used nowhere, a missing part).
   */
  readonly blockIndex: number | null;
  /**
   * Span inside the block, counted the ProseMirror way: each UTF-16 code unit of text is 1, a
   * field or hard break is 1. The editor position is `blockStart + 1 + from`.
   */
  readonly from?: number;
  readonly to?: number;
  /** Another block involved: the first copy of a duplicate paragraph. */
  readonly relatedBlockIndex?: number;
  /** The fill-in field concerned (empty-field): focus its input. */
  readonly field?: FieldName;
  /** The report part concerned (missing-part, short-part). */
  readonly part?: ReportPart;
  /** The plan item concerned (unanswered-plan): 去年打算 shows it. */
  readonly plan?: string;
}

export interface CharacterCounts {
  /** Non-whitespace characters of the whole report, numbering and resolved fields included. */
  readonly total: number;
  readonly byPart: Readonly<Record<ReportPart, number>>;
}

export interface CheckResult {
  /** Sorted by block, then position; report-wide items (blockIndex null) first. */
  readonly items: readonly CheckItem[];
  readonly counts: CharacterCounts;
}
