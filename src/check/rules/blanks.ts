/**
 * Rule `blank`: placeholders left in the text, each occurrence an error —
 *   XX / xx / ＸＸ (two or more, not inside a Latin word), ×× (two or more multiplication signs),
 *   □ (one or more), ○○ (two or more white circles; 〇, the Chinese zero, is not a blank),
 *   ___ (three or more underscores; ＿＿ two or more full-width), and empty brackets （ ）/( ).
 * An occurrence inside text flagged from an example is left to the `flag` rule, so one blank
 * is reported once.
 */
import { itemId, type CheckRule } from '../rule.ts';
import type { CheckItem } from '../types.ts';

export const BLANK_PATTERN = /(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])|×{2,}|□+|○{2,}|_{3,}|＿{2,}|[（(][\s\u3000]*[）)]/gu;

export const blanks: CheckRule = ({ blocks }) => {
  const items: CheckItem[] = [];
  for (const block of blocks) {
    for (const m of block.text.matchAll(BLANK_PATTERN)) {
      const from = m.index;
      const to = from + m[0].length;
      if (block.flags.some((f) => f.from <= from && to <= f.to)) continue;
      items.push({
        id: itemId('blank', block.index, from),
        rule: 'blank',
        severity: 'error',
        message: `“${m[0]}”是待填写的空白，请填写实际内容。`,
        blockIndex: block.index,
        from,
        to,
      });
    }
  }
  return items;
};
