/**
 * Character counts (字数). Counting rule: every character that is not whitespace counts as 1 —
 * Chinese characters, Chinese and Western punctuation, each digit and each Latin letter — like
 * Word's “字符数（不计空格）” (not Word's “字数”, which counts a run of Latin letters or digits as one
 * word). Whitespace includes the full-width space U+3000. Characters are counted as code points,
 * so a rare character outside the BMP is 1, not 2. What is counted is what the exported report
 * shows: computed numbering (一、) and field values are included, guidance hints are not.
 */
import { REPORT_PARTS, isReportPart, type ReportPart } from '../model/part.ts';
import type { BlockView } from './context.ts';
import type { CharacterCounts } from './types.ts';

/** Non-whitespace characters (code points) in `text`. */
export function countCharacters(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/u.test(ch)) n++;
  return n;
}

export function characterCounts(blocks: readonly BlockView[]): CharacterCounts {
  const byPart = Object.fromEntries(REPORT_PARTS.map((p) => [p, 0])) as Record<ReportPart, number>;
  let total = 0;
  for (const block of blocks) {
    const n = countCharacters(block.label + block.resolved);
    total += n;
    if (isReportPart(block.part)) byPart[block.part] += n;
  }
  return { total, byPart };
}
