/**
 * 检查: the completeness check of a draft, pure and synchronous (a few milliseconds for a long
 * report; the UI may run it on demand or debounced after edits).
 */
import type { ReportFields } from '../model/fields.ts';
import type { PreviousReport } from '../model/previous.ts';
import type { ReportDoc } from '../model/schema.ts';
import { buildContext } from './context.ts';
import { characterCounts } from './counts.ts';
import { RULES } from './rules.ts';
import { RULE_IDS, type CheckItem, type CheckResult } from './types.ts';

const byPosition = (a: CheckItem, b: CheckItem) => (a.blockIndex ?? -1) - (b.blockIndex ?? -1) || (a.from ?? -1) - (b.from ?? -1);

/** Runs every rule (see src/check/rules/) over the document and counts its characters. */
export function checkDraft(doc: ReportDoc, fields: ReportFields, previous: PreviousReport | null = null): CheckResult {
  const context = buildContext(doc, fields);
  const counts = characterCounts(context.blocks);
  const input = { ...context, counts, previous };
  // Stable sort: at the same position, items keep the rule order of RULE_IDS.
  const items = RULE_IDS.flatMap((id) => RULES[id](input)).sort(byPosition);
  return { items, counts };
}
