/**
 * What the status line says about saving: the truth at every moment (issue 19).
 *
 * - 未保存: a change is not in IndexedDB yet (the autosaver's timer is waiting for a pause);
 * - 保存中…: a save is running (and any change made meanwhile waits for the next one);
 * - 已保存到本机: IndexedDB has confirmed the last change — only then;
 * - 未能保存: the last save failed (the storage banner says why; typing goes on, nothing is dropped).
 *
 * While someone types the line changes about once a second. It is written straight into the DOM
 * (no React render between keystrokes), and screen readers are not told each change (the label
 * sits in an `aria-live="off"` part of the status region); errors are announced by the storage
 * banner (role alert).
 */
import type { AutosaveStatus } from '../storage/autosave.ts';

export type SaveLabel = 'saved' | 'dirty' | 'saving' | 'error';

export const SAVE_LABEL_TEXT: Record<SaveLabel, string> = {
  saved: '已保存到本机',
  dirty: '未保存',
  saving: '保存中…',
  error: '未能保存',
};

/** Shown instead of 已保存到本机 when the browser's storage cannot be used (drafts live in the page). */
export const MEMORY_ONLY_TEXT = '仅保存在本页（浏览器存储不可用）';

/** The `data-save-status` value: the autosaver's exact state (tests wait for `saved`). */
export function saveStatusKind(status: AutosaveStatus): SaveLabel {
  return typeof status === 'object' ? 'error' : status;
}

/** The visible text for an autosaver status. */
export function saveLabelText(status: AutosaveStatus): string {
  return SAVE_LABEL_TEXT[saveStatusKind(status)];
}
