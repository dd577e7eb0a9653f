/**
 * Layout of the sign-off (落款) without a seal, GB/T 9704-2012 §7.3.5.2: the issuing body one blank
 * line below the body, right-aligned two characters in; the date on the next line, its first
 * character two characters right of the body's first. When the date is the longer of the two, the
 * date sits two characters in and the body moves left to keep the two-character step.
 */
import { CHARACTER_SPACING } from './page.ts';
import { FONT_SIZE, charsToTwips } from './units.ts';

const TWO_CHARS = charsToTwips(2, FONT_SIZE.sanHao);
const FULL_WIDTH = charsToTwips(1, FONT_SIZE.sanHao);
const HALF_WIDTH = FULL_WIDTH / 2;

/** Characters set in half width: Latin letters, digits and punctuation (Times New Roman); the rest are full width. */
const GENERAL_PUNCTUATION = 0x2000;
const isHalfWidth = (ch: string): boolean => ch.codePointAt(0)! < GENERAL_PUNCTUATION;

/** Estimated printed width of a line of body text, in twips (condensing included). */
export function textWidthTwips(value: string): number {
  let width = 0;
  for (const ch of value) width += (isHalfWidth(ch) ? HALF_WIDTH : FULL_WIDTH) + CHARACTER_SPACING;
  return width;
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
