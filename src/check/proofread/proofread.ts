/**
 * 校对: runs every proofreading rule over a report's blocks. Pure and synchronous; the editor runs
 * it when typing rests, the 检查 panel and `npm run proofread` call it on a document's JSON.
 */
import type { CheckContext } from '../context.ts';
import { CANONICAL_RULES } from './canonical.ts';
import { LAW_NAME_RULES } from './lawNames.ts';
import { NUMBER_RULES } from './numbers.ts';
import { PUNCTUATION_RULES } from './punctuation.ts';
import { SEQUENCE_RULES } from './sequence.ts';
import { urlSpans } from './text.ts';
import type { ProofBlock, ProofItem, ProofOptions, ProofRule } from './types.ts';
import { WORDING_RULES } from './wording.ts';
import { splitIgnored, type ProofResult } from './ignore.ts';

/** Every rule, grouped as the panel shows them (规范表述, 法规名称, 标点, 数字, 用词, 序列与自称). */
export const PROOF_RULES: readonly ProofRule[] = [
  ...CANONICAL_RULES,
  ...LAW_NAME_RULES,
  ...PUNCTUATION_RULES,
  ...NUMBER_RULES,
  ...WORDING_RULES,
  ...SEQUENCE_RULES,
];

const overlaps = (a: ProofItem, b: ProofItem) => a.blockIndex === b.blockIndex && a.from < b.to && b.from < a.to;

/** Text no rule needs to look at: nothing but Latin letters, digits, spaces and fields. */
const NOTHING_TO_CHECK = /^[\sA-Za-z0-9\uFFFC]*$/;

/**
 * The items of one block, by position. A 建议 inside a span that a 需修改 item already covers is
 * dropped (the wrong 纲要 title is one item, not also a year range), and so is a second item on
 * the very same span.
 */
export function proofreadBlock(block: ProofBlock, options: ProofOptions): ProofItem[] {
  if (NOTHING_TO_CHECK.test(block.text)) return [];
  const ruleBlock = { ...block, urls: urlSpans(block.text) };
  const found = PROOF_RULES.flatMap((rule) => rule(ruleBlock, options));
  const errors = found.filter((i) => i.severity === 'error');
  const kept: ProofItem[] = [];
  for (const item of found) {
    if (item.severity === 'advice' && errors.some((e) => overlaps(e, item))) continue;
    if (kept.some((k) => k.from === item.from && k.to === item.to)) continue;
    kept.push(item);
  }
  return kept.sort((a, b) => a.from - b.from || a.to - b.to);
}

/**
 * Items of unchanged blocks from the previous run: a block's items depend only on its text, its
 * part and the options, so after an edit only the edited blocks are proofread again.
 */
export interface ProofCache {
  options: string;
  /** `part + text` → the block's items (blockIndex as found; re-set on use). */
  entries: Map<string, ProofItem[]>;
}

export function createProofCache(): ProofCache {
  return { options: '', entries: new Map() };
}

/** Every item of the report, in document order; `cache` (optional) skips unchanged blocks. */
export function proofread(blocks: readonly ProofBlock[], options: ProofOptions, cache?: ProofCache): ProofItem[] {
  if (!cache) return blocks.flatMap((b) => proofreadBlock(b, options));
  const optionsKey = `${options.unit}\u0000${options.year}`;
  const previous = cache.options === optionsKey ? cache.entries : new Map<string, ProofItem[]>();
  // Only this run's blocks are kept: the cache never outgrows the document.
  const next = new Map<string, ProofItem[]>();
  const out: ProofItem[] = [];
  for (const block of blocks) {
    const key = `${block.part}\u0000${block.text}`;
    let items = next.get(key) ?? previous.get(key);
    if (!items) items = proofreadBlock(block, options);
    next.set(key, items);
    for (const item of items) out.push(item.blockIndex === block.index ? item : { ...item, blockIndex: block.index });
  }
  cache.options = optionsKey;
  cache.entries = next;
  return out;
}

/** The blocks of a check context (src/check/context.ts), for {@link proofread}. */
export function proofBlocks(context: CheckContext): ProofBlock[] {
  return context.blocks.map((b) => ({ index: b.index, text: b.text, part: b.part }));
}

/** Proofreads a checked document with its fields (单位名称, 报告年度). */
export function proofreadContext(context: CheckContext, cache?: ProofCache): ProofItem[] {
  return proofread(proofBlocks(context), { unit: context.fields.unit, year: context.fields.year }, cache);
}

/** Proofreads a checked document and splits off the items the user ignored. */
export function proofreadResult(context: CheckContext, ignored: readonly string[], cache?: ProofCache): ProofResult {
  return splitIgnored(proofreadContext(context, cache), (i) => context.blocks[i]?.text ?? '', new Set(ignored));
}
