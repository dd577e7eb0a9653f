/**
 * Breaking a long report title into lines, GB/T 9704-2012 7.3.1: a title that needs more than one
 * line is broken where each line is a complete phrase, the lines of suitable, different lengths —
 * a trapezoid, not a rectangle or an hourglass. The title is 二号 (22 pt) on the 156 mm type area:
 * 20 full-width characters to a line.
 *
 * Pure: the export inserts the break as a line break in the title paragraph, the editor shows it
 * as a widget (editor/extensions/titleBreak.ts). A title with a line break of the user's own
 * (Shift+Enter) is left as typed.
 */

/** Full-width characters on one title line (156 mm / 22 pt ≈ 20.1). */
export const TITLE_LINE_EM = 20;

/** Characters a 小标宋 title sets at half width: ASCII digits, letters and punctuation. */
const HALF_WIDTH = /[\u0020-\u007e]/;

/** The text's width in em: full-width (CJK, full-width punctuation) 1, ASCII ½. */
export function emWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += HALF_WIDTH.test(ch) ? 0.5 : 1;
  return width;
}

/**
 * Where a title's phrases meet, in the order a break is preferred there: before the year
 * (县人民政府办公室 | 2023年度法治政府建设工作报告), before 关于 (…局 | 关于2023年…的报告),
 * before the report's subject (…2023年度 | 法治政府建设工作报告).
 */
const PHRASE_STARTS: readonly RegExp[] = [/\d{4}\s*年/g, /关于/g, /法治政府建设|法治建设|依法行政/g];

/** Offsets in `text` where `pattern` starts a phrase (never at 0). */
function startsOf(text: string, pattern: RegExp): number[] {
  return [...text.matchAll(pattern)].map((m) => m.index).filter((at) => at > 0);
}

/** Offsets in `text` where a line may start, by kind (never at 0 or the end). */
export function titleBreakCandidates(text: string): number[] {
  const out: number[] = [];
  for (const pattern of PHRASE_STARTS) for (const at of startsOf(text, pattern)) if (!out.includes(at)) out.push(at);
  return out;
}

/**
 * The offset in `text` at which a second line should start, or null: the title fits on one line,
 * already has a line break, or no phrase boundary gives two lines that fit. Boundaries are tried by
 * kind, in the order of {@link PHRASE_STARTS} (the unit's name stays whole and the year stays with
 * the subject when the lines fit so); within a kind the lines closest in length win. Two lines of
 * exactly equal length would make a rectangle: such a break is taken only when nothing else fits.
 */
export function titleBreak(text: string): number | null {
  if (text.includes('\n')) return null;
  const trimmed = text.trimEnd();
  if (emWidth(trimmed) <= TITLE_LINE_EM) return null;
  let rectangle: number | null = null;
  for (const pattern of PHRASE_STARTS) {
    let best: { at: number; diff: number } | null = null;
    for (const at of startsOf(trimmed, pattern)) {
      const top = emWidth(trimmed.slice(0, at).trimEnd());
      const bottom = emWidth(trimmed.slice(at).trimStart());
      if (top > TITLE_LINE_EM || bottom > TITLE_LINE_EM) continue;
      if (top === bottom) {
        rectangle ??= at;
        continue;
      }
      const diff = Math.abs(top - bottom);
      if (!best || diff < best.diff) best = { at, diff };
    }
    if (best) return best.at;
  }
  return rectangle;
}
