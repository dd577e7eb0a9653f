/**
 * Why a file could not be imported (issue “Bad files … get a clear Chinese message naming the
 * file and the reason”). Thrown by src/import/docx.ts; the UI shows `message` as it is.
 */

export const IMPORT_REASONS = ['empty', 'tooLarge', 'inflatedTooLarge', 'textTooLong', 'legacyDoc', 'encrypted', 'notDocx', 'corrupt', 'noText'] as const;
export type ImportReason = (typeof IMPORT_REASONS)[number];

import { MAX_DOCX_BYTES, MAX_DRAFT_CHARS, wan } from '../model/limits.ts';

/** Largest file accepted, in bytes (20 MB; src/model/limits.ts). */
export const MAX_IMPORT_BYTES = MAX_DOCX_BYTES;

/** The reason, as the second half of the message. */
export const IMPORT_REASON_TEXT: Readonly<Record<ImportReason, string>> = {
  empty: '文件是空的（0字节）。',
  tooLarge: `文件超过${MAX_IMPORT_BYTES / 1024 / 1024} MB，请删去其中的图片等内容后再导入。`,
  inflatedTooLarge: '文件解压后的内容异常庞大（远超任何报告），为免页面卡死未导入。请在Word或WPS中打开，只复制报告正文另存为新文件后再导入。',
  textTooLong: `文件中的文字过长（一份报告最多约${wan(MAX_DRAFT_CHARS)}字，一段最多5万字），为免编辑时卡顿未导入。请分成几个文件，或删去不需要的部分后再导入。`,
  legacyDoc: '这是旧版Word文档（.doc），请在Word或WPS中用“另存为”保存为.docx格式后再导入。',
  encrypted: '文件设有打开密码（已加密），请在Word或WPS中取消密码后再导入。',
  notDocx: '文件不是有效的Word文档（.docx）。',
  corrupt: '文件已损坏，无法读取，请在Word或WPS中打开并重新保存后再导入。',
  noText: '文件中没有可识别的文字。',
};

export class ImportError extends Error {
  readonly fileName: string;
  readonly reason: ImportReason;

  /** `detail`: what was found, said before the reason, e.g. 文件中的文字约1600万字。 */
  constructor(fileName: string, reason: ImportReason, options?: { cause?: unknown; detail?: string }) {
    super(`无法导入“${fileName}”：${options?.detail ?? ''}${IMPORT_REASON_TEXT[reason]}`, options);
    this.name = 'ImportError';
    this.fileName = fileName;
    this.reason = reason;
  }
}
