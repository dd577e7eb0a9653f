/**
 * Rule `duplicate-paragraph`: a paragraph or heading whose text (whitespace ignored, fields
 * compared as fields) repeats an earlier one — usually an example inserted twice. Only texts of
 * at least MIN_DUPLICATE_CHARS characters count, so short stock lines (一是加强学习。) do not.
 * Warning on each repetition, pointing back to the first.
 */
import { countCharacters } from '../counts.ts';
import { excerpt, itemId, type CheckRule } from '../rule.ts';
import type { CheckItem } from '../types.ts';

export const MIN_DUPLICATE_CHARS = 20;

export const duplicateParagraphs: CheckRule = ({ blocks }) => {
  const items: CheckItem[] = [];
  const firstSeen = new Map<string, number>();
  for (const block of blocks) {
    if (block.node.type !== 'paragraph' && block.node.type !== 'heading') continue;
    const key = block.text.replace(/\s+/g, '');
    if (countCharacters(key) < MIN_DUPLICATE_CHARS) continue;
    const first = firstSeen.get(key);
    if (first === undefined) {
      firstSeen.set(key, block.index);
      continue;
    }
    items.push({
      id: itemId('duplicate-paragraph', block.index),
      rule: 'duplicate-paragraph',
      severity: 'warning',
      message: `这一段与前文一段完全相同（“${excerpt(block.resolved)}”），可能重复插入了范文，请删除或修改。`,
      blockIndex: block.index,
    });
  }
  return items;
};
