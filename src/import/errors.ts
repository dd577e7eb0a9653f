/**
 * Why a file could not be imported (issue “Bad files … get a clear Chinese message naming the
 * file and the reason”). Thrown by src/import/docx.ts; the UI shows `message` as it is.
 */

export const IMPORT_REASONS = ['empty', 'tooLarge', 'legacyDoc', 'encrypted', 'notDocx', 'corrupt', 'noText'] as const;
export type ImportReason = (typeof IMPORT_REASONS)[number];

/** Largest file accepted, in bytes (20 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The reason, as the second half of the message. */
export const IMPORT_REASON_TEXT: Readonly<Record<ImportReason, string>> = {
  empty: '文件是空的（0字节）。',
  tooLarge: `文件超过${MAX_IMPORT_BYTES / 1024 / 1024} MB，请删去其中的图片等内容后再导入。`,
  legacyDoc: '这是旧版Word文档（.doc），请在Word或WPS中用“另存为”保存为.docx格式后再导入。',
  encrypted: '文件设有打开密码（已加密），请在Word或WPS中取消密码后再导入。',
  notDocx: '文件不是有效的Word文档（.docx）。',
  corrupt: '文件已损坏，无法读取，请在Word或WPS中打开并重新保存后再导入。',
  noText: '文件中没有可识别的文字。',
};

export class ImportError extends Error {
  readonly fileName: string;
  readonly reason: ImportReason;

  constructor(fileName: string, reason: ImportReason, options?: { cause?: unknown }) {
    super(`无法导入“${fileName}”：${IMPORT_REASON_TEXT[reason]}`, options);
    this.name = 'ImportError';
    this.fileName = fileName;
    this.reason = reason;
  }
}
