/**
 * Bench inputs and timings for 年度接续 (npm run bench): two versions of one long report a year
 * apart — last year's as given, this year's carried forward from it (years moved, figures marked)
 * with every fourth paragraph rewritten — then 对比去年 (compareReports) and the plan matching that
 * 去年打算 and 检查 run when typing pauses (matchPlans), timed with performance.now().
 */
import type { ReportFields } from '../model/fields.ts';
import type { BlockNode, ReportDoc } from '../model/schema.ts';
import { carryForward } from './carryForward.ts';
import { compareReports } from './compare.ts';
import { matchPlans } from './match.ts';
import { extractPlans } from './plans.ts';

export function yearPair(doc: ReportDoc, fields: ReportFields): { previous: ReportDoc; current: ReportDoc; fields: ReportFields } {
  const next = carryForward(doc, fields);
  let n = 0;
  const [title, ...blocks] = next.doc.content;
  const rewritten = blocks.map((b): BlockNode => {
    if (b.type !== 'paragraph' || !b.content?.length) return b;
    n++;
    return n % 4 === 0 ? { ...b, content: [{ type: 'text', text: `今年新写的第${n}段：全面落实行政执法三项制度，完善公共法律服务体系。` }, ...b.content] } : b;
  });
  return { previous: doc, current: { type: 'doc', content: [title, ...rewritten] }, fields: next.fields };
}

export interface YearlyBenchResult {
  readonly compareTimes: number[];
  readonly planTimes: number[];
  readonly plans: number;
  readonly answered: number;
  readonly sentences: { readonly added: number; readonly removed: number; readonly same: number };
}

export function timeYearly(previous: ReportDoc, current: ReportDoc, fields: ReportFields, runs: number): YearlyBenchResult {
  const compareTimes: number[] = [];
  const planTimes: number[] = [];
  const plans = extractPlans(previous);
  let answered = 0;
  let sentences = { added: 0, removed: 0, same: 0 };
  for (let i = 0; i < runs + 1; i++) {
    let t = performance.now();
    const diff = compareReports(current, previous, fields);
    const compareMs = performance.now() - t;
    t = performance.now();
    const status = matchPlans(plans, current, {}, fields);
    const planMs = performance.now() - t;
    if (i === 0) continue; // warm-up
    compareTimes.push(compareMs);
    planTimes.push(planMs);
    answered = status.filter((s) => s.answered).length;
    sentences = diff.reduce((a, d) => ({ added: a.added + d.counts.added, removed: a.removed + d.counts.removed, same: a.same + d.counts.same }), {
      added: 0,
      removed: 0,
      same: 0,
    });
  }
  return { compareTimes, planTimes, plans: plans.length, answered, sentences };
}
