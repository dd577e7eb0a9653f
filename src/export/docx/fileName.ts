/** The name the exported .docx is saved under. */
import type { ReportFields } from '../../model/fields.ts';

export const REPORT_NAME = '法治政府建设工作报告';
export const DOCX_EXTENSION = '.docx';

/** Characters no file name may hold on Windows (<>:"/\|?*), macOS (:) or Linux (/). */
const ILLEGAL = new Set('<>:"/\\|?*');
/** Control characters (U+0000–U+001F, U+007F) are illegal on Windows too. */
const isControl = (ch: string): boolean => ch.codePointAt(0)! < 0x20 || ch === '\u007f';
/** Windows drops trailing dots and spaces, and a leading dot hides the file elsewhere (\s includes U+3000). */
const EDGE_DOTS_AND_SPACES = /^[.\s]+|[.\s]+$/g;
/** Keeps the whole name under 255 bytes of UTF-8 (3 bytes per Chinese character). */
const MAX_UNIT_CHARS = 60;

function clean(value: string): string {
  const legal = [...value].filter((ch) => !ILLEGAL.has(ch) && !isControl(ch)).join('');
  return legal.replace(/\s+/g, ' ').replace(EDGE_DOTS_AND_SPACES, '');
}

/**
 * `{单位名称}{年度}年度法治政府建设工作报告.docx`, with characters illegal in Windows, macOS or Linux
 * file names removed; a missing unit or year is left out: `法治政府建设工作报告.docx` at worst.
 */
export function docxFileName(fields: Pick<ReportFields, 'unit' | 'year'>): string {
  const unit = [...clean(fields.unit)].slice(0, MAX_UNIT_CHARS).join('');
  const year = fields.year === null || !Number.isInteger(fields.year) ? '' : `${fields.year}年度`;
  return `${unit}${year}${REPORT_NAME}${DOCX_EXTENSION}`;
}
