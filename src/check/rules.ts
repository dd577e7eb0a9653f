/** The completeness rules, keyed by rule id: a rule id without a rule is a compile error. */
import type { CheckRule } from './rule.ts';
import { blanks } from './rules/blanks.ts';
import { duplicateParagraphs } from './rules/duplicateParagraphs.ts';
import { emptyFields } from './rules/emptyFields.ts';
import { flags } from './rules/flags.ts';
import { missingParts } from './rules/missingParts.ts';
import { shortParts } from './rules/shortParts.ts';
import { sameAsLastYear } from './rules/sameAsLastYear.ts';
import { staleYears } from './rules/staleYears.ts';
import { unansweredPlans } from './rules/unansweredPlans.ts';
import type { RuleId } from './types.ts';

export const RULES: Readonly<Record<RuleId, CheckRule>> = {
  'empty-field': emptyFields,
  blank: blanks,
  flag: flags,
  'missing-part': missingParts,
  'stale-year': staleYears,
  'duplicate-paragraph': duplicateParagraphs,
  'short-part': shortParts,
  'unanswered-plan': unansweredPlans,
  'same-as-last-year': sameAsLastYear,
};
