/**
 * The short form of a long library paragraph in the panel: its opening, and — when the first
 * search hit lies further in — the opening's first half, “…”, and a window around the hit, with
 * the hit ranges moved to match. Cutting the text here (instead of a CSS line clamp) keeps the
 * panel free of one clip per entry, and shows the matched words instead of hiding them below a
 * clamp, while the paragraph's lead sentence still says what it is about.
 */
import type { TextRange } from './search.ts';

export interface Excerpt {
  readonly text: string;
  readonly ranges: readonly TextRange[];
  /** Whether anything was left out. */
  readonly cut: boolean;
}

export const ELLIPSIS = '…';

/** At most `max` characters of `text` (plus “…” marks), with `ranges` (sorted, non-overlapping) shifted and clipped to them. */
export function excerpt(text: string, ranges: readonly TextRange[], max: number): Excerpt {
  if (text.length <= max) return { text, ranges, cut: false };
  const first = ranges[0];
  let pieces: Array<[number, number]>;
  if (!first || first.to <= max) {
    pieces = [[0, max]];
  } else {
    const head = Math.floor(max / 2);
    const window = max - head;
    // Some words before the hit so that it reads in context, but never past the end.
    const from = Math.max(head, Math.min(first.from - Math.floor(window / 4), text.length - window));
    pieces =
      from === head
        ? [[0, max]]
        : [
            [0, head],
            [from, from + window],
          ];
  }
  let out = '';
  const kept: TextRange[] = [];
  for (const [from, to] of pieces) {
    if (from > 0) out += ELLIPSIS;
    const shift = out.length - from;
    for (const r of ranges) {
      const a = Math.max(r.from, from);
      const b = Math.min(r.to, to);
      if (a < b) kept.push({ from: a + shift, to: b + shift });
    }
    out += text.slice(from, to);
  }
  if (pieces[pieces.length - 1]![1] < text.length) out += ELLIPSIS;
  return { text: out, ranges: kept, cut: true };
}
