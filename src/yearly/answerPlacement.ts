/**
 * 插入对应段落 (去年打算): where an answer to last year's plan goes and what it starts with. It goes at
 * the end of this year's 工作开展情况 (after its last block; an empty guidance paragraph there is
 * replaced), or — with no such part — before the first of the later parts or the sign-off. A plan
 * that was a heading last year becomes a （一）-level heading with an empty paragraph for the text;
 * a plan sentence becomes a paragraph starting with the plan's wording.
 */
import { docOutline } from '../text/reportOutline.ts';
import { heading, hintParagraph, paragraph, type BlockNode, type HeadingLevel, type ReportDoc } from '../model/schema.ts';
import type { PlanItem } from './plans.ts';

export const ANSWER_HINT = '写今年落实这项计划的做法和成效（具体措施、数字、事例）。';

/** The top-level block after which the answer goes, and the level of the nearest heading before it. */
export function answerPlacement(doc: ReportDoc): { index: number; precedingHeadingLevel: HeadingLevel | null } {
  const outline = docOutline(doc);
  const work = outline.filter((e) => e.part === 'work');
  let index: number;
  if (work.length) index = work[work.length - 1]!.index;
  else {
    const later = outline.find(
      (e) => e.index > 0 && (e.part === 'duty' || e.part === 'problems' || e.part === 'plans' || e.part === 'other' || e.part === 'signoff'),
    );
    index = Math.max(1, (later?.index ?? doc.content.length) - 1);
  }
  let precedingHeadingLevel: HeadingLevel | null = null;
  for (let i = index; i >= 1; i--) {
    const node = doc.content[i]!;
    if (node.type === 'heading') {
      precedingHeadingLevel = node.attrs.level;
      break;
    }
  }
  return { index, precedingHeadingLevel };
}

/** The blocks that start an answer to `plan`. */
export function answerBlocksFor(plan: PlanItem): BlockNode[] {
  if (plan.fromHeading) return [heading(2, { part: null }, plan.text), hintParagraph(ANSWER_HINT)];
  return [paragraph(`${plan.text}。`)];
}
