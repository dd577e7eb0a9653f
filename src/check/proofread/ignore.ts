/**
 * 忽略: an ignored item is remembered by what it is, not where it is — its rule, the matched text
 * and a few characters either side — so it stays ignored while the report is edited elsewhere,
 * and comes back if the sentence around it changes.
 */
import type { ProofItem } from './types.ts';

/** Characters of context kept on each side of the match. */
const CONTEXT_CHARS = 6;

/** The key under which an item is stored in the draft's `ignored` list. */
export function ignoreKey(item: ProofItem, blockText: string): string {
  const before = blockText.slice(Math.max(0, item.from - CONTEXT_CHARS), item.from);
  const after = blockText.slice(item.to, item.to + CONTEXT_CHARS);
  return `${item.rule}|${before}|${item.match}|${after}`;
}

/** Most keys a draft keeps (the oldest are dropped beyond it). */
export const MAX_IGNORED = 2000;
