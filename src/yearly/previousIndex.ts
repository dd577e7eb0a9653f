/**
 * What is read once from a 去年报告 and reused at every check and every render of 去年打算: its plan
 * items and its paragraphs' text. Cached per document object (a stored snapshot never changes).
 */
import type { ReportDoc } from '../model/schema.ts';
import { extractPlans, type PlanItem } from './plans.ts';
import { blockText } from './text.ts';

export interface PreviousIndex {
  readonly plans: readonly PlanItem[];
  /** Text of last year's paragraphs and headings (title and sign-off left out). */
  readonly paragraphs: readonly string[];
}

const cache = new WeakMap<ReportDoc, PreviousIndex>();

export function previousIndex(doc: ReportDoc): PreviousIndex {
  let index = cache.get(doc);
  if (!index) {
    index = {
      plans: extractPlans(doc),
      paragraphs: doc.content.flatMap((b) => (b.type === 'paragraph' || b.type === 'heading' ? [blockText(b)] : [])),
    };
    cache.set(doc, index);
  }
  return index;
}
