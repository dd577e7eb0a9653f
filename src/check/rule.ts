/** What a check rule is: a pure function from the check context to items. */
import type { PreviousReport } from '../model/previous.ts';
import type { CheckContext } from './context.ts';
import type { CharacterCounts, CheckItem, RuleId } from './types.ts';

export interface RuleInput extends CheckContext {
  readonly counts: CharacterCounts;
  /** The draft's 去年报告, when it has one (issue 20 rules). */
  readonly previous?: PreviousReport | null;
}

export type CheckRule = (input: RuleInput) => CheckItem[];

/** A short quotation of `text` for a message: at most `max` characters, then …. */
export function excerpt(text: string, max = 12): string {
  const chars = Array.from(text.replace(/\s+/g, ''));
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

/** Item id: rule, block and position, unique within one result. */
export function itemId(rule: RuleId, blockIndex: number | null, key: string | number = ''): string {
  return `${rule}:${blockIndex ?? 'doc'}:${key}`;
}
