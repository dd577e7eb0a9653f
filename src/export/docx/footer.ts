/**
 * Page numbers (GB/T 9704-2012 §7.5): 四号 宋体 Arabic digits between em dashes, "— 1 —"; odd pages
 * right-aligned one character in from the right edge, even pages left-aligned one character in.
 * The number is a PAGE field, so every reader fills in its own page.
 */
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { STYLE_ID } from './styles.ts';
import { FONT_SIZE, charsToTwips } from './measures.ts';

export const EM_DASH = '\u2014';
/** One 四号 character. */
export const PAGE_NUMBER_INSET_TWIPS = charsToTwips(1, FONT_SIZE.siHao);

/** The text around the PAGE field: "— " before, " —" after. */
export const PAGE_NUMBER_AFFIXES = { before: `${EM_DASH} `, after: ` ${EM_DASH}` } as const;

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const odd = side === 'odd';
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE_ID.footer,
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: PAGE_NUMBER_INSET_TWIPS, firstLine: 0 } : { left: PAGE_NUMBER_INSET_TWIPS, firstLine: 0 },
        children: [new TextRun({ children: [PAGE_NUMBER_AFFIXES.before, PageNumber.CURRENT, PAGE_NUMBER_AFFIXES.after] })],
      }),
    ],
  });
}

/**
 * The section's footers: `default` serves odd pages and `even` even pages, which Word honours only
 * with `evenAndOddHeaderAndFooters: true` on the Document.
 */
export function pageNumberFooters(): { default: Footer; even: Footer } {
  return { default: pageNumberFooter('odd'), even: pageNumberFooter('even') };
}
