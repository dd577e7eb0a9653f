/** Page breaking of the preview (src/export/previewPages.ts); positions in grid lines of 28.95 pt. */
import { describe, expect, it } from 'vitest';
import { slicePages as slicePx, type BlockExtent } from '../../src/export/previewPages.ts';

/** One grid line in CSS px. */
const LINE = (28.95 * 96) / 72;
const PAGE = 22;

/** Blocks stacked from line 0, each `lines` lines tall, in px. */
function stack(...lines: number[]): BlockExtent[] {
  let top = 0;
  return lines.map((n) => {
    const block = { top: top * LINE, bottom: (top + n) * LINE };
    top += n;
    return block;
  });
}

/** slicePages on px, with page starts and ends read back in lines. */
function slicePages(blocks: readonly BlockExtent[], keepNext: readonly boolean[], pageLines: number) {
  return slicePx(blocks, keepNext, pageLines * LINE).map((p) => ({ ...p, start: Math.round(p.start / LINE), end: Math.round(p.end / LINE) }));
}

describe('slicePages', () => {
  it('cuts 22 lines a page; a paragraph crossing the foot continues on the next page', () => {
    expect(slicePages(stack(10, 10, 10), [false, false, false], PAGE)).toEqual([
      { start: 0, end: 22, first: 0, last: 2 },
      { start: 22, end: 44, first: 2, last: 2 },
    ]);
  });

  it('moves a standalone heading on the last line to the next page', () => {
    expect(slicePages(stack(21, 1, 5), [false, true, false], PAGE)).toEqual([
      { start: 0, end: 21, first: 0, last: 0 },
      { start: 21, end: 43, first: 1, last: 2 },
    ]);
  });

  it('moves a chain of headings together', () => {
    expect(slicePages(stack(20, 1, 1, 5), [false, true, true, false], PAGE)).toEqual([
      { start: 0, end: 20, first: 0, last: 0 },
      { start: 20, end: 42, first: 1, last: 3 },
    ]);
  });

  it('leaves a heading whose paragraph starts on the same page', () => {
    expect(slicePages(stack(20, 1, 5), [false, true, false], PAGE)).toEqual([
      { start: 0, end: 22, first: 0, last: 2 },
      { start: 22, end: 44, first: 2, last: 2 },
    ]);
  });

  it('keeps a heading that ends the document where it is', () => {
    expect(slicePages(stack(21, 1), [false, true], PAGE)).toEqual([{ start: 0, end: 22, first: 0, last: 1 }]);
  });

  it('splits a block longer than a page over several pages', () => {
    expect(slicePages(stack(50), [false], PAGE).map((p) => [p.start, p.first, p.last])).toEqual([
      [0, 0, 0],
      [22, 0, 0],
      [44, 0, 0],
    ]);
  });

  it('gives no pages for no blocks', () => {
    expect(slicePages([], [], PAGE)).toEqual([]);
  });
});
