/**
 * Rule `unanswered-plan` (issue 20): a plan item of last year's report (去年打算) that this year's
 * 工作开展情况 does not answer — by key terms or by the user's own link (src/yearly/match.ts).
 * A suggestion (建议), about the whole report: there is no block to jump to.
 */
import { matchPlans } from '../../yearly/match.ts';
import { previousIndex } from '../../yearly/previousIndex.ts';
import { excerpt, itemId, type CheckRule } from '../rule.ts';
import type { CheckItem } from '../types.ts';

export const unansweredPlans: CheckRule = ({ doc, fields, previous }) => {
  if (!previous) return [];
  const { plans } = previousIndex(previous.doc);
  return matchPlans(plans, doc, previous.links, fields)
    .filter((s) => !s.answered)
    .map((s): CheckItem => ({
      id: itemId('unanswered-plan', null, s.plan.id),
      rule: 'unanswered-plan',
      severity: 'suggestion',
      message: `去年计划“${excerpt(s.plan.text, 24)}”在今年的工作开展情况中未见对应内容。`,
      blockIndex: null,
      plan: s.plan.id,
    }));
};
