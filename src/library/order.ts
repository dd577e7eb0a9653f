/**
 * Ordering of the library panel (issues “grouped by part” and “Follow the cursor”): pure
 * functions of the items and the part at the editor's cursor; the panel calls them on every
 * cursor move, so they only partition, never re-rank.
 */
import { PART_LABELS, PARTS, type Part } from '../model/part.ts';
import type { LibraryItem } from './items.ts';

/** Display order of the groups when the cursor is in no particular part. */
export const GROUP_ORDER: readonly Part[] = PARTS.filter((p) => p !== 'signoff');

/** Anything that has a part: a library item, or a search hit (`{ item }`). */
export type HasPart = { readonly part: Part } | { readonly item: { readonly part: Part } };

const partOf = (entry: HasPart): Part => ('item' in entry ? entry.item.part : entry.part);

/**
 * `entries` with those of `cursorPart` first; otherwise the order is kept (a stable partition),
 * so search ranking survives within each half. `cursorPart` null → unchanged order.
 */
export function orderForCursor<T extends HasPart>(entries: readonly T[], cursorPart: Part | null): T[] {
  if (cursorPart === null) return [...entries];
  const first: T[] = [];
  const rest: T[] = [];
  for (const e of entries) (partOf(e) === cursorPart ? first : rest).push(e);
  return [...first, ...rest];
}

export interface PartGroup {
  readonly part: Part;
  /** 工作开展情况, 第一责任人职责, … */
  readonly label: string;
  readonly items: readonly LibraryItem[];
}

/**
 * Items grouped by part, in {@link GROUP_ORDER} with the cursor's part moved first; items keep
 * their order inside a group; parts without items are left out.
 */
export function groupByPart(items: readonly LibraryItem[], cursorPart: Part | null = null): PartGroup[] {
  const byPart = new Map<Part, LibraryItem[]>();
  for (const item of items) {
    const list = byPart.get(item.part);
    if (list) list.push(item);
    else byPart.set(item.part, [item]);
  }
  const order = orderForCursor(
    GROUP_ORDER.map((part) => ({ part })),
    cursorPart,
  ).map((g) => g.part);
  return order.flatMap((part) => {
    const list = byPart.get(part);
    return list ? [{ part, label: PART_LABELS[part], items: list }] : [];
  });
}
