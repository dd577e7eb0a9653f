import { describe, expect, it } from 'vitest';
import { ELLIPSIS, excerpt } from '../../src/library/excerpt.ts';

const text = '一二三四五六七八九十'.repeat(20); // 200 characters

describe('excerpt', () => {
  it('leaves a short text and its ranges alone', () => {
    const ranges = [{ from: 2, to: 4 }];
    expect(excerpt('依法行政', ranges, 10)).toEqual({ text: '依法行政', ranges, cut: false });
  });

  it('keeps the opening of a long text when the first hit is inside it', () => {
    const r = excerpt(
      text,
      [
        { from: 3, to: 5 },
        { from: 78, to: 85 },
      ],
      80,
    );
    expect(r.cut).toBe(true);
    expect(r.text).toBe(text.slice(0, 80) + ELLIPSIS);
    // The second hit is clipped at the cut.
    expect(r.ranges).toEqual([
      { from: 3, to: 5 },
      { from: 78, to: 80 },
    ]);
  });

  it('shows the opening and a window around a hit that lies beyond it, with the hit still marked', () => {
    const src = '推进统计行政决策科学化' + 'A'.repeat(139) + '法律顾问' + 'B'.repeat(100);
    const r = excerpt(src, [{ from: 150, to: 154 }], 80);
    expect(r.text.startsWith('推进统计行政决策科学化')).toBe(true);
    expect(r.text.endsWith(ELLIPSIS)).toBe(true);
    // 40 opening characters, “…”, 40 around the hit (10 before it), “…”.
    expect(r.text).toBe(src.slice(0, 40) + ELLIPSIS + src.slice(140, 180) + ELLIPSIS);
    expect(r.ranges).toHaveLength(1);
    expect(r.text.slice(r.ranges[0]!.from, r.ranges[0]!.to)).toBe('法律顾问');
  });

  it('marks only the hits the window shows', () => {
    const src = '法治' + 'A'.repeat(148) + '法治' + 'B'.repeat(100);
    const r = excerpt(
      src,
      [
        { from: 100, to: 102 },
        { from: 150, to: 152 },
      ],
      80,
    );
    // The first hit (100) is beyond the opening: window from 90; nothing to mark in the opening.
    expect(r.text).toBe(src.slice(0, 40) + ELLIPSIS + src.slice(90, 130) + ELLIPSIS);
    expect(r.ranges).toEqual([{ from: 51, to: 53 }]);
  });

  it('never runs past the end of the text when the hit is near it', () => {
    const src = 'A'.repeat(196) + '普法';
    const r = excerpt(src, [{ from: 196, to: 198 }], 80);
    expect(r.text).toBe(src.slice(0, 40) + ELLIPSIS + src.slice(158));
    expect(r.text.slice(r.ranges[0]!.from, r.ranges[0]!.to)).toBe('普法');
  });

  it('joins the pieces when the window starts where the opening ends', () => {
    // A long match from 45 to 85: the window would start at 35, inside the opening.
    const src = 'A'.repeat(200);
    const r = excerpt(src, [{ from: 45, to: 85 }], 80);
    expect(r.text).toBe(src.slice(0, 80) + ELLIPSIS);
    expect(r.ranges).toEqual([{ from: 45, to: 80 }]);
  });

  it('cuts without ranges', () => {
    expect(excerpt(text, [], 80)).toEqual({ text: text.slice(0, 80) + ELLIPSIS, ranges: [], cut: true });
  });
});
