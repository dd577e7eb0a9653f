/**
 * Rule `short-part`: a part far shorter than the longest one, e.g. a 存在问题 of one sentence
 * next to three thousand characters of 工作开展情况. Warning when a part has fewer than
 * SHORT_PART_RATIO × the longest part's characters (counts as in counts.ts), judged only once
 * the longest part has SHORT_PART_MIN_LONGEST characters — an early draft is short everywhere.
 * Parts that are missing or have no body text are left to `missing-part`.
 *
 * Calibration: in the seven published 2023 reports (templates/examples) the problems part runs
 * at 4–10 % of the work part, so the brief's suggested 15 % would warn on nearly every real
 * report; at 4 % none of them trips, while a one- or two-sentence part next to a normal work
 * part (≥ 1500 characters → threshold ≥ 60) does.
 */
import { PART_LABELS, REPORT_PARTS } from '../../model/part.ts';
import { itemId, type CheckRule } from '../rule.ts';
import type { CheckItem } from '../types.ts';

export const SHORT_PART_RATIO = 0.04;
export const SHORT_PART_MIN_LONGEST = 1000;

export const shortParts: CheckRule = ({ blocks, counts }) => {
  const longest = Math.max(...REPORT_PARTS.map((p) => counts.byPart[p]));
  if (longest < SHORT_PART_MIN_LONGEST) return [];
  const longestPart = REPORT_PARTS.find((p) => counts.byPart[p] === longest)!;
  const items: CheckItem[] = [];
  for (const part of REPORT_PARTS) {
    const inPart = blocks.filter((b) => b.part === part);
    if (!inPart.some((b) => b.body.trim() !== '')) continue;
    const n = counts.byPart[part];
    if (n >= SHORT_PART_RATIO * longest) continue;
    items.push({
      id: itemId('short-part', inPart[0]!.index, part),
      rule: 'short-part',
      severity: 'warning',
      message: `“${PART_LABELS[part]}”部分只有${n}字，远少于“${PART_LABELS[longestPart]}”部分（${longest}字），内容可能不够充实。`,
      blockIndex: inPart[0]!.index,
      part,
    });
  }
  return items;
};
