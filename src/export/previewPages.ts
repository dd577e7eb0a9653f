/**
 * Page breaking for the preview, on measured block positions: pages of a fixed text height (22 grid
 * lines), a block crossing the foot of a page continuing on the next, and a keep-with-next block
 * (a standalone heading) that would end a page moved to the next, as Word and LibreOffice do.
 */

/** Layout rounding: positions closer than this are the same line boundary, px. */
const EPSILON_PX = 1;

export interface BlockExtent {
  /** Margin-box top and bottom of a block in the flow, px. */
  readonly top: number;
  readonly bottom: number;
}

export interface PageSlice {
  /** The flow's offset shown at the top of the page, px. */
  readonly start: number;
  /** Where the page's text ends, px: start + page height, or less when a heading moved on. */
  readonly end: number;
  /** First and last block (indices) shown on the page, either possibly only in part. */
  readonly first: number;
  readonly last: number;
}

/** Cuts the blocks into pages `pageHeight` tall. */
export function slicePages(blocks: readonly BlockExtent[], keepNext: readonly boolean[], pageHeight: number): PageSlice[] {
  const pages: PageSlice[] = [];
  let start = blocks[0]?.top ?? 0;
  let first = 0;
  while (first < blocks.length) {
    let end = start + pageHeight;
    let next = first;
    while (next < blocks.length && blocks[next]!.top < end - EPSILON_PX) next++;
    // Keep-with-next blocks that would end the page go to the next page with what follows them.
    let kept = next;
    while (kept - 1 > first && keepNext[kept - 1] && blocks[kept - 1]!.bottom <= end + EPSILON_PX) kept--;
    if (kept < next && next < blocks.length) {
      end = blocks[kept]!.top;
      next = kept;
    }
    const last = Math.max(first, next - 1);
    const continues = blocks[last]!.bottom > end + EPSILON_PX;
    pages.push({ start, end, first, last });
    start = end;
    first = continues ? last : last + 1;
  }
  return pages;
}
