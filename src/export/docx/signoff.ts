/**
 * Layout of the sign-off (落款) without a seal, GB/T 9704-2012 §7.3.5.2: the issuing body one blank
 * line below the body, right-aligned two characters in; the date on the next line, its first
 * character two characters right of the body's first. When the date is the longer of the two, the
 * date sits two characters in and the body moves left to keep the two-character step.
 */
import { CHARACTER_SPACING } from './page.ts';
import { FONT_SIZE, charsToTwips } from './measures.ts';

const TWO_CHARS = charsToTwips(2, FONT_SIZE.sanHao);
const FULL_WIDTH = charsToTwips(1, FONT_SIZE.sanHao);

/**
 * Advance widths of printable ASCII (space to ~) in Times New Roman, thousandths of an em (the
 * Times-Roman metrics Times New Roman and Liberation Serif share): 'X' is 722, digits are 500.
 */
// prettier-ignore
const TIMES_WIDTHS = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
  500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
  921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
  556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
  333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
  500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
] as const;
const FIRST_PRINTABLE = 0x20;
const PER_MILLE = 1000;

/** A character's advance in twips: Times New Roman for ASCII, one full em for everything else. */
function advanceTwips(ch: string): number {
  const latin = TIMES_WIDTHS[ch.codePointAt(0)! - FIRST_PRINTABLE];
  return latin === undefined ? FULL_WIDTH : (latin * FULL_WIDTH) / PER_MILLE;
}

/**
 * Space readers add where Chinese meets Latin letters or digits ("2023年": Word's autoSpaceDE,
 * which LibreOffice applies always): about a fifth of an em, as LibreOffice measured here.
 */
const SCRIPT_GAP_TWIPS = FULL_WIDTH / 5;
const isLatinAlphanumeric = (ch: string): boolean => /[0-9A-Za-z]/.test(ch);
const CJK_START = 0x2e80;
const isChinese = (ch: string): boolean => ch.codePointAt(0)! >= CJK_START;

/** Estimated printed width of a line of body text, in twips (condensing and script gaps included). */
export function textWidthTwips(value: string): number {
  let width = 0;
  let previous = '';
  for (const ch of value) {
    width += advanceTwips(ch) + CHARACTER_SPACING;
    const boundary = (isChinese(previous) && isLatinAlphanumeric(ch)) || (isLatinAlphanumeric(previous) && isChinese(ch));
    if (boundary) width += SCRIPT_GAP_TWIPS;
    previous = ch;
  }
  return Math.round(width);
}

export interface SignoffIndents {
  /** Right indent of the issuing body line(s), twips. */
  readonly unit: number;
  /** Right indent of the date line, twips. */
  readonly date: number;
}

/**
 * Right indents for the sign-off lines, from their printed texts. With no date the body is two
 * characters in; with no body, the date is.
 */
export function signoffIndents(unitTexts: readonly string[], dateText: string | null): SignoffIndents {
  const unitWidth = Math.max(0, ...unitTexts.map(textWidthTwips));
  if (dateText === null || unitWidth === 0) return { unit: TWO_CHARS, date: TWO_CHARS };
  const dateWidth = textWidthTwips(dateText);
  const date = Math.max(TWO_CHARS, unitWidth - dateWidth);
  return { unit: date + dateWidth + TWO_CHARS - unitWidth, date };
}
