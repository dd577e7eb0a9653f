/**
 * Rule `same-as-last-year` (issue 20): a paragraph (or run-in heading) of this year's draft that
 * repeats one of last year's report — identical, or nearly after numbers and years are ignored
 * (src/yearly/similar.ts). A suggestion (建议): "与去年报告相同，请更新".
 */
import { previousIndex } from '../../yearly/previousIndex.ts';
import { findSameParagraphs } from '../../yearly/similar.ts';
import { excerpt, itemId, type CheckRule } from '../rule.ts';
import type { CheckItem } from '../types.ts';

export const sameAsLastYear: CheckRule = ({ blocks, previous }) => {
  if (!previous) return [];
  const candidates = blocks.filter((b) => b.node.type === 'paragraph' || (b.node.type === 'heading' && b.node.attrs.runIn));
  const found = findSameParagraphs(
    candidates.map((b) => b.resolved),
    previousIndex(previous.doc).paragraphs,
  );
  return found.map(({ current }): CheckItem => {
    const block = candidates[current]!;
    return {
      id: itemId('same-as-last-year', block.index),
      rule: 'same-as-last-year',
      severity: 'suggestion',
      message: `与去年报告相同，请更新（“${excerpt(block.resolved)}”）。`,
      blockIndex: block.index,
    };
  });
};
