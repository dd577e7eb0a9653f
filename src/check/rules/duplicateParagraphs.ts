/**
 * Rule `duplicate-paragraph`: a paragraph or heading whose text (whitespace and marks ignored,
 * fields compared by name) repeats an earlier one — usually an example inserted twice. Only
 * blocks with at least MIN_DUPLICATE_CHARS characters of text (fields not counted) take part,
 * so short stock lines (一是加强学习。) may repeat. Warning on each repetition, with
 * `relatedBlockIndex` pointing back to the first copy.
 */
import { inlineText } from '../../model/schema.ts';
import { FIELD_CHAR } from '../context.ts';
import { countCharacters } from '../counts.ts';
import { excerpt, itemId, type CheckRule } from '../rule.ts';
import type { CheckItem } from '../types.ts';

export const MIN_DUPLICATE_CHARS = 20;

export const duplicateParagraphs: CheckRule = ({ blocks }) => {
  const items: CheckItem[] = [];
  const firstSeen = new Map<string, number>();
  for (const block of blocks) {
    if (block.node.type !== 'paragraph' && block.node.type !== 'heading') continue;
    if (countCharacters(block.text.replaceAll(FIELD_CHAR, '')) < MIN_DUPLICATE_CHARS) continue;
    // Fields by name, so {unit}… and {superior}… differ whatever their current values.
    const key = inlineText(block.node.content, (name) => `{${name}}`).replace(/\s+/g, '');
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
      relatedBlockIndex: first,
    });
  }
  return items;
};
