/**
 * A paragraph left as it was last year (检查: "与去年报告相同，请更新"). Two paragraphs are the same
 * when their *compared text* is equal — whitespace, punctuation, Arabic numbers (figures, years,
 * dates) removed — or nearly so: both at least MIN_SAME_CHARS long, starting or ending with the
 * same 8 characters, and their character bigrams overlapping by a Dice coefficient of at least
 * NEAR_DICE (one changed word in a long paragraph). Shorter paragraphs (一是加强学习。) never count.
 */
import { squeeze } from './text.ts';

export const MIN_SAME_CHARS = 20;
export const NEAR_DICE = 0.9;

/** The text two paragraphs are compared by (see the module comment). */
export function comparedText(text: string): string {
  return squeeze(text)
    .replace(/[0-9０-９]+(?:[.．][0-9０-９]+)?/g, '')
    .replace(/[^\p{L}]/gu, '');
}

function bigrams(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const b = text.slice(i, i + 2);
    out.set(b, (out.get(b) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient of the bigram multisets of two texts (1 = same bigrams). */
export function dice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  for (const [g, n] of x) shared += Math.min(n, y.get(g) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

export interface SameMatch {
  /** Index of the paragraph in the `current` list. */
  readonly current: number;
  /** Index of last year's paragraph it repeats. */
  readonly previous: number;
}

/**
 * Which of `current` repeat one of `previous` (rules in the module comment). Linear in the number
 * of paragraphs: candidates are found by their first and last 8 compared characters.
 */
export function findSameParagraphs(current: readonly string[], previous: readonly string[]): SameMatch[] {
  const exact = new Map<string, number>();
  const byHead = new Map<string, number[]>();
  const byTail = new Map<string, number[]>();
  const prev = previous.map(comparedText);
  prev.forEach((t, i) => {
    if (t.length < MIN_SAME_CHARS) return;
    if (!exact.has(t)) exact.set(t, i);
    const push = (m: Map<string, number[]>, k: string) => (m.get(k) ?? m.set(k, []).get(k)!).push(i);
    push(byHead, t.slice(0, 8));
    push(byTail, t.slice(-8));
  });
  const out: SameMatch[] = [];
  current.forEach((raw, ci) => {
    const t = comparedText(raw);
    if (t.length < MIN_SAME_CHARS) return;
    const hit = exact.get(t);
    if (hit !== undefined) {
      out.push({ current: ci, previous: hit });
      return;
    }
    const candidates = new Set([...(byHead.get(t.slice(0, 8)) ?? []), ...(byTail.get(t.slice(-8)) ?? [])]);
    for (const pi of candidates) {
      const p = prev[pi]!;
      if (Math.min(p.length, t.length) / Math.max(p.length, t.length) < NEAR_DICE) continue;
      if (dice(t, p) >= NEAR_DICE) {
        out.push({ current: ci, previous: pi });
        return;
      }
    }
  });
  return out;
}
