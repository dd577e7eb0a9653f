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

/** An item with what the panel needs: a React key and its 忽略 key. */
export interface ProofEntry {
  /** Unique within one result: rule, block and position. */
  readonly id: string;
  /** The 忽略 key ({@link ignoreKey}). */
  readonly key: string;
  readonly item: ProofItem;
}

export interface ProofResult {
  /** Items not ignored, in document order. */
  readonly open: readonly ProofEntry[];
  /** Items the user ignored, in document order. */
  readonly ignored: readonly ProofEntry[];
}

/** Splits items into open and ignored; `texts` gives each block's text by index. */
export function splitIgnored(items: readonly ProofItem[], textOf: (blockIndex: number) => string, ignored: ReadonlySet<string>): ProofResult {
  const open: ProofEntry[] = [];
  const hidden: ProofEntry[] = [];
  for (const item of items) {
    const key = ignoreKey(item, textOf(item.blockIndex));
    const entry = { id: `${item.rule}:${item.blockIndex}:${item.from}:${item.to}`, key, item };
    (ignored.has(key) ? hidden : open).push(entry);
  }
  return { open, ignored: hidden };
}

/** The draft's list with `key` added (newest last, at most {@link MAX_IGNORED}). */
export function withIgnored(list: readonly string[], key: string): string[] {
  return [...list.filter((k) => k !== key), key].slice(-MAX_IGNORED);
}
