/**
 * Page geometry of GB/T 9704-2012 §5: A4 paper, a 156 × 225 mm type area (版心) holding
 * 22 lines of 28 characters of 三号 type.
 */
import { DocumentGridType, type ISectionPropertiesOptions } from 'docx';
import { FONT_SIZE, mmToTwips, pointsToTwips } from './measures.ts';

/** A4 (GB/T 9704-2012 §5.1), in millimetres. */
export const PAPER_MM = { width: 210, height: 297 } as const;

/** Margins (§5.2.1): 天头 37 mm, 订口 28 mm; the rest follows from the 156 × 225 mm type area. */
export const MARGIN_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;

/** §5.2.2: 22 lines per page, 28 characters per line. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

export const PAGE_SIZE_TWIPS = { width: mmToTwips(PAPER_MM.width), height: mmToTwips(PAPER_MM.height) } as const;

export const MARGIN_TWIPS = {
  top: mmToTwips(MARGIN_MM.top),
  bottom: mmToTwips(MARGIN_MM.bottom),
  left: mmToTwips(MARGIN_MM.left),
  right: mmToTwips(MARGIN_MM.right),
} as const;

export const TYPE_AREA_TWIPS = {
  width: PAGE_SIZE_TWIPS.width - MARGIN_TWIPS.left - MARGIN_TWIPS.right,
  height: PAGE_SIZE_TWIPS.height - MARGIN_TWIPS.top - MARGIN_TWIPS.bottom,
} as const;

/**
 * Exact line pitch in twips: the type area's height shared by 22 lines, rounded down so that the
 * 22nd line still fits (579 twips = 28.95 pt; 29 pt lets LibreOffice fit only 21).
 */
export const LINE_PITCH_TWIPS = Math.floor(TYPE_AREA_TWIPS.height / LINES_PER_PAGE);

/**
 * Character spacing of every run, in twentieths of a point (negative = condensed). 28 × 16 pt is a
 * hair wider than 156 mm, so each character gives up just enough (rounded to a quarter point) for
 * 28 to fit on a line: −5 = −0.25 pt.
 */
export const CHARACTER_SPACING = -roundUpToQuarterPoint((CHARS_PER_LINE * pointsToTwips(FONT_SIZE.sanHao) - TYPE_AREA_TWIPS.width) / CHARS_PER_LINE);

function roundUpToQuarterPoint(twentieths: number): number {
  const quarterPoint = 5;
  return Math.ceil(twentieths / quarterPoint) * quarterPoint;
}

/**
 * Distance of the footer from the bottom edge (§7.5: the page-number line sits about 7 mm below
 * the type area). The footer paragraph is one line of 四号 type, so its bottom sits one line's
 * height below the number line's top.
 */
export const PAGE_NUMBER_GAP_MM = 7;
export const FOOTER_LINE_MM = 6;
/** The page-number line's height (its exact line spacing), in twips. */
export const FOOTER_LINE_TWIPS = mmToTwips(FOOTER_LINE_MM);
export const FOOTER_DISTANCE_TWIPS = mmToTwips(MARGIN_MM.bottom - PAGE_NUMBER_GAP_MM - FOOTER_LINE_MM);
/** No header is printed; Word still wants a distance. */
export const HEADER_DISTANCE_TWIPS = mmToTwips(15);

/**
 * Section page properties. The grid is of type "lines" with the same pitch as the exact line
 * spacing: Word's "lines and characters" grid (charSpace) lays CJK text out at 14 characters per
 * line in LibreOffice, so characters per line come from condensed runs instead.
 */
export const SECTION_PAGE: ISectionPropertiesOptions['page'] = {
  size: { width: PAGE_SIZE_TWIPS.width, height: PAGE_SIZE_TWIPS.height },
  margin: {
    top: MARGIN_TWIPS.top,
    bottom: MARGIN_TWIPS.bottom,
    left: MARGIN_TWIPS.left,
    right: MARGIN_TWIPS.right,
    header: HEADER_DISTANCE_TWIPS,
    footer: FOOTER_DISTANCE_TWIPS,
    gutter: 0,
  },
};

export const SECTION_GRID: ISectionPropertiesOptions['grid'] = {
  type: DocumentGridType.LINES,
  linePitch: LINE_PITCH_TWIPS,
};
