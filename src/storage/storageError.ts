/**
 * Every failure of local storage becomes a `StorageError` with a kind the UI can act on and a
 * Chinese message it can show as is. Nothing in src/storage lets a raw DOMException escape.
 */

export const STORAGE_ERROR_KINDS = ['unavailable', 'quota', 'blocked', 'conflict', 'damaged', 'unknown'] as const;
/**
 * - `unavailable`: no IndexedDB, or it refuses to open (private mode, disabled by policy).
 * - `quota`: the disk or the origin's quota is full.
 * - `blocked`: another tab holds an older or newer version of the database open.
 * - `conflict`: another tab saved this draft since this tab loaded it (see `putDraft`).
 * - `damaged`: a stored record fails validation (see restore.ts).
 * - `unknown`: anything else.
 */
export type StorageErrorKind = (typeof STORAGE_ERROR_KINDS)[number];

export const STORAGE_MESSAGES: Readonly<Record<StorageErrorKind, string>> = {
  unavailable: '浏览器禁用了本地存储（IndexedDB），草稿只保存在当前页面中，关闭页面前请先备份。',
  quota: '浏览器存储空间已满，最近的修改未能保存。正文仍保留在页面中，请立即点击“备份”下载备份文件，然后清理浏览器存储空间。',
  blocked: '另一个标签页中打开着其他版本的起草器，本地存储暂时无法使用。请关闭其他起草器标签页后刷新本页。',
  conflict: '该草稿已在另一个标签页中修改并保存。为避免互相覆盖，此处的修改没有保存。请先点击“备份”保留此处的内容，再重新打开该草稿。',
  damaged: '该草稿的存储数据已损坏，无法打开。',
  unknown: '浏览器存储出现错误，最近的修改可能未保存。正文仍保留在页面中，请点击“备份”下载备份文件。',
};

export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly kind: StorageErrorKind;

  constructor(kind: StorageErrorKind, message: string = STORAGE_MESSAGES[kind], options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
  }
}

/** Names browsers use for "quota exceeded" (Firefox's legacy name included). */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** Names thrown when IndexedDB cannot be used at all (private mode, policy, sandboxed frame). */
const UNAVAILABLE_NAMES = new Set(['SecurityError', 'NotAllowedError', 'InvalidAccessError']);

function errorName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const name = (value as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

/**
 * The errors wrapped inside `value`: an aborted transaction reports its real cause in
 * `transaction.error` (idb rejects `tx.done` with it, or with a bare AbortError whose event
 * target holds it); errors may also carry a `cause`.
 */
function innerErrors(value: unknown): unknown[] {
  if (typeof value !== 'object' || value === null) return [];
  const v = value as { error?: unknown; cause?: unknown; target?: { error?: unknown; transaction?: { error?: unknown } } };
  return [v.error, v.cause, v.target?.error, v.target?.transaction?.error].filter((e) => e !== undefined && e !== null && e !== value);
}

function isQuota(value: unknown, depth = 0): boolean {
  const name = errorName(value);
  if (name !== undefined && QUOTA_NAMES.has(name)) return true;
  // Legacy WebKit/Chromium code for QUOTA_EXCEEDED_ERR.
  if (typeof value === 'object' && value !== null && (value as { code?: unknown }).code === 22) return true;
  return depth < 3 && innerErrors(value).some((inner) => isQuota(inner, depth + 1));
}

/**
 * Converts anything thrown by IndexedDB or idb into a StorageError (StorageErrors pass through).
 * `whileOpening` maps failures of `indexedDB.open` to `unavailable`: that is how private
 * windows and disabled storage show up.
 */
export function toStorageError(value: unknown, whileOpening = false): StorageError {
  if (value instanceof StorageError) return value;
  if (isQuota(value)) return new StorageError('quota', undefined, { cause: value });
  const name = errorName(value);
  if (name === 'VersionError') {
    return new StorageError('blocked', '本地存储中的数据来自更新版本的起草器，当前页面版本较旧。请刷新页面或使用最新版本的起草器。', { cause: value });
  }
  if (whileOpening || (name !== undefined && UNAVAILABLE_NAMES.has(name))) {
    return new StorageError('unavailable', undefined, { cause: value });
  }
  // The browser's own error text is English: it stays in `cause` (for the console), not in the message.
  return new StorageError('unknown', STORAGE_MESSAGES.unknown, { cause: value });
}
