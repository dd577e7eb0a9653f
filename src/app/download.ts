/** Saves a Blob as a file through the browser's download (works from http:// and file:// alike). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Said instead of an engine's own (English) error text, which must never reach the user. */
export const UNEXPECTED_ERROR_TEXT = '发生了意外错误，操作没有完成，草稿未受影响。请重试；如反复出现，请先点“备份”保存全部草稿。';

/**
 * A user-facing Chinese message for any thrown value: the app's own errors carry Chinese messages;
 * anything else ("Maximum call stack size exceeded", a library's TypeError) becomes a general one.
 */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return /[\u3400-\u9fff]/.test(message) ? message : UNEXPECTED_ERROR_TEXT;
}
