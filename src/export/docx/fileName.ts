/** The name the exported .docx is saved under. */
import type { ReportFields } from '../../model/fields.ts';

export const REPORT_NAME = '法治政府建设工作报告';
export const DOCX_EXTENSION = '.docx';

/** Characters no file name may hold on Windows (<>:"/\|?*, controls), macOS (:) or Linux (/). */
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Windows drops trailing dots and spaces, and a leading dot hides the file elsewhere. */
const EDGE_DOTS_AND_SPACES = /^[.\s\u3000]+|[.\s\u3000]+$/g;
/** Keeps the whole name under 255 bytes of UTF-8 (3 bytes per Chinese character). */
const MAX_UNIT_CHARS = 60;

function clean(value: string): string {
  return value.replace(ILLEGAL, '').replace(/\s+/g, ' ').replace(EDGE_DOTS_AND_SPACES, '');
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
