/**
 * Units of WordprocessingML. Lengths are twips (twentieths of a point), run sizes are
 * half-points, character spacing is twentieths of a point. Every number the export writes is
 * derived here from millimetres or points, so the source reads in the units of GB/T 9704-2012.
 */

export const TWIPS_PER_POINT = 20;
export const POINTS_PER_INCH = 72;
export const MM_PER_INCH = 25.4;
/** ≈ 56.69 twips per millimetre. */
export const TWIPS_PER_MM = (POINTS_PER_INCH * TWIPS_PER_POINT) / MM_PER_INCH;

/** Millimetres → whole twips (rounded, as Word stores them). */
export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Points → whole twips. */
export function pointsToTwips(points: number): number {
  return Math.round(points * TWIPS_PER_POINT);
}

/** Points → half-points, the unit of a run's `w:sz`: 16 pt → 32. */
export function halfPoints(points: number): number {
  return Math.round(points * 2);
}

/** Chinese type sizes (字号) in points, GB/T 9704-2012 §3.4 wording. */
export const FONT_SIZE = {
  /** 二号: title. */
  erHao: 22,
  /** 三号: body and headings. */
  sanHao: 16,
  /** 四号: page numbers. */
  siHao: 14,
} as const;

/** Width of `chars` full-width characters of a `points`-sized font, in twips (indents are counted in characters). */
export function charsToTwips(chars: number, points: number): number {
  return pointsToTwips(chars * points);
}
