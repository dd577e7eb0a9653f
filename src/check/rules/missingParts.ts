/**
 * Rule `missing-part`: the report must cover the four parts the 督察工作规定 (art. 25) asks for —
 * 工作开展情况, 第一责任人职责, 存在问题, 下一步打算 (parts as docOutline assigns them). A part
 * that is missing, that has headings but no body text, or whose only paragraphs are template
 * guidance (empty paragraphs with a `hint`) is an error. Body text is paragraph text and the
 * text after the lead sentence of a run-in heading; a plain heading alone is not content.
 *
 * A missing 第一责任人职责 part is a warning, not an error: many reports (four of the seven
 * examples) cover it inside 工作开展情况 without a heading of its own, which docOutline cannot see.
 */
import { PART_LABELS, REPORT_PARTS } from '../../model/part.ts';
import { itemId, type CheckRule } from '../rule.ts';
import type { CheckItem } from '../types.ts';

export const missingParts: CheckRule = ({ blocks }) => {
  const items: CheckItem[] = [];
  for (const part of REPORT_PARTS) {
    const label = PART_LABELS[part];
    const inPart = blocks.filter((b) => b.part === part);
    const first = inPart[0];
    if (!first) {
      const folded = part === 'duty';
      items.push({
        id: itemId('missing-part', null, part),
        rule: 'missing-part',
        severity: folded ? 'warning' : 'error',
        message: folded
          ? `没有找到单独的“${label}”部分。年度报告应当报告党政主要负责人履行推进法治建设第一责任人职责的情况；如已在其他部分中写到，可忽略此提示。`
          : `报告缺少“${label}”部分，年度报告应当包括这部分内容。`,
        blockIndex: null,
        part,
      });
      continue;
    }
    if (inPart.some((b) => b.body.trim() !== '')) continue;
    const hint = inPart.find((b) => b.hintOnly);
    const onlyHints = hint !== undefined;
    // Jump to the guidance paragraph, where the user starts typing, else to the heading.
    const target = hint ?? first;
    items.push({
      id: itemId('missing-part', target.index, part),
      rule: 'missing-part',
      severity: 'error',
      message: onlyHints ? `“${label}”部分只有写作提示，还没有正文。` : `“${label}”部分只有标题，还没有正文。`,
      blockIndex: target.index,
      part,
    });
  }
  return items;
};
