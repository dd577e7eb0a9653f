/**
 * Outline numbering of official documents (GB/T 9704-2012 7.3.3): 一、 （一） 1. （1）.
 * Numbers are derived from heading levels, never stored, so any insert/delete/move renumbers.
 */
import type { HeadingLevel } from './schema.ts';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九. Defined for 1–99. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensText = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return tensText + (ones === 0 ? '' : DIGITS[ones]);
}

/** The literal label for the `n`-th heading (1-based) at `level`. */
export function numberLabel(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/**
 * Labels for a sequence of heading levels in document order. A heading resets the counters of
 * every deeper level. A level that skips (a 1. with no （一） above it) simply counts on its own.
 */
export function computeNumbering(levels: readonly HeadingLevel[]): string[] {
  const counters = [0, 0, 0, 0];
  return levels.map((level) => {
    counters[level - 1]! += 1;
    for (let deeper = level; deeper < 4; deeper++) counters[deeper] = 0;
    return numberLabel(level, counters[level - 1]!);
  });
}

/** Recognises a literal number prefix typed or pasted at the start of a heading. */
const PREFIXES: ReadonlyArray<{ level: HeadingLevel; re: RegExp }> = [
  { level: 2, re: /^[（(][一二三四五六七八九十]+[）)]\s*/ },
  { level: 1, re: /^[一二三四五六七八九十]+、\s*/ },
  { level: 4, re: /^[（(]\d{1,2}[）)]\s*/ },
  { level: 3, re: /^\d{1,2}[.．、](?!\d)\s*/ },
];

/** `（三）加强…` → { level: 2, prefix: '（三）', rest: '加强…' }; null when no prefix. */
export function parseNumberPrefix(value: string): { level: HeadingLevel; prefix: string; rest: string } | null {
  for (const { level, re } of PREFIXES) {
    const m = re.exec(value);
    if (m) return { level, prefix: m[0], rest: value.slice(m[0].length) };
  }
  return null;
}
