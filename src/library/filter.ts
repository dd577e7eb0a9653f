/**
 * Filters of the example library panel (issue “filterable by part, by source report and by
 * topic”). Within one facet the chosen values are alternatives (any of them); facets combine
 * (all of them). An empty or absent facet does not filter.
 */
import type { Part } from '../model/part.ts';
import type { LibraryItem } from './items.ts';
import type { Topic } from './topics.ts';

export interface LibraryFilter {
  readonly parts?: readonly Part[];
  readonly reportIds?: readonly string[];
  /** The item has at least one of these topics. */
  readonly topics?: readonly Topic[];
  /** true: only the user's imported reports; false: only the examples; absent: both. */
  readonly mine?: boolean;
}

/** Does `item` pass `filter`? */
export function matchesFilter(item: LibraryItem, filter: LibraryFilter): boolean {
  const { parts, reportIds, topics, mine } = filter;
  if (parts?.length && !parts.includes(item.part)) return false;
  if (reportIds?.length && !reportIds.includes(item.reportId)) return false;
  if (topics?.length && !topics.some((t) => item.topics.includes(t))) return false;
  if (mine !== undefined && item.mine !== mine) return false;
  return true;
}
