/**
 * 校对 (proofreading): the checks a reviewer makes by eye — political formulations, law names,
 * punctuation, numbers, wording, sequences and self-reference (/work/shared/spec/proofreading.md).
 */
import type { Part } from '../../model/part.ts';

/** The six groups the panel shows, in this order. */
export const PROOF_KINDS = ['规范表述', '法规名称', '标点', '数字', '用词', '序列与自称'] as const;
export type ProofKind = (typeof PROOF_KINDS)[number];

/** `error` = 需修改 (wrong whenever it matches), `advice` = 建议 (worth a look, the writer decides). */
export type ProofSeverity = 'error' | 'advice';

export const PROOF_SEVERITY_LABELS: Readonly<Record<ProofSeverity, string>> = { error: '需修改', advice: '建议' };

/** One block of text to check. */
export interface ProofBlock {
  /** Index in `doc.content` (0 is the title). */
  readonly index: number;
  /**
   * Inline text with ProseMirror offsets: each UTF-16 code unit of text is 1, a field is one
   * U+FFFC, a hard break '\n'. Matches never include a field.
   */
  readonly text: string;
  readonly part: Part | 'title';
}

export interface ProofOptions {
  /** 单位名称 (self-reference); '' when not filled. */
  readonly unit: string;
  /** 报告年度 (2-digit years, plans whose period has ended); null when not filled. */
  readonly year: number | null;
}

export interface ProofItem {
  /** Rule id, e.g. `xi-law-thought`; stable (ignore keys and the CLI use it). */
  readonly rule: string;
  /** Rule name in Chinese, shown in the panel and printed by the CLI. */
  readonly ruleName: string;
  readonly kind: ProofKind;
  readonly severity: ProofSeverity;
  readonly blockIndex: number;
  /** Span of the match in the block's text (ProseMirror offsets from the block's start). */
  readonly from: number;
  readonly to: number;
  readonly match: string;
  /** Why, in one line of Chinese, naming the standard where there is one. */
  readonly reason: string;
  /** The replacement for the match when the fix is certain, else null. */
  readonly fix: string | null;
}

/** What a rule sees: the block, the options and a few facts computed once per block. */
export interface RuleBlock extends ProofBlock {
  /** Spans [from, to) of URLs and e-mail addresses: no punctuation or number rule looks inside. */
  readonly urls: ReadonlyArray<readonly [number, number]>;
}

/** A rule: everything it finds in one block. */
export type ProofRule = (block: RuleBlock, options: ProofOptions) => ProofItem[];
