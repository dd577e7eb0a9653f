/**
 * What the status line says about saving, from the autosaver's status.
 *
 * A save is due within a second of every change, so while someone types the autosaver goes
 * dirty → saving → saved about once a second. Saying each of those would flicker the line, make
 * screen readers announce it every second (the line is a polite live region), and — each change of
 * text being a frame of its own between keystrokes — delay the next keystroke's paint. So the line
 * keeps 已保存到本机 through a normal save and says 正在保存… only when the draft has stayed unsaved for
 * `pendingAfterMs`; errors show at once.
 */
import type { AutosaveStatus } from '../storage/autosave.ts';
import { realTimers, type Timers } from '../storage/timers.ts';

export type SaveLabel = 'saved' | 'pending' | 'error';

/** Longer than any normal save takes (due ≤ 1 s after the change, a few ms to store). */
export const PENDING_AFTER_MS = 2000;

export const SAVE_LABEL_TEXT: Record<SaveLabel, string> = {
  saved: '已保存到本机',
  pending: '正在保存…',
  error: '未能保存',
};

/** The `data-save-status` value: the autosaver's exact state (tests wait for `saved`). */
export function saveStatusKind(status: AutosaveStatus): 'saved' | 'saving' | 'dirty' | 'error' {
  return typeof status === 'object' ? 'error' : status;
}

/** The label for a status seen on its own (when the line first shows). */
export function labelOf(status: AutosaveStatus): SaveLabel {
  return typeof status === 'object' ? 'error' : status === 'saved' ? 'saved' : 'pending';
}

export interface SaveLabelTracker {
  /** Feed every autosaver status; `onLabel` is called when the label changes. */
  update(status: AutosaveStatus): void;
  dispose(): void;
}

export function createSaveLabelTracker(initial: AutosaveStatus, onLabel: (label: SaveLabel) => void, timers: Timers = realTimers, pendingAfterMs = PENDING_AFTER_MS): SaveLabelTracker {
  let label = labelOf(initial);
  let timer: unknown = null;
  const show = (next: SaveLabel) => {
    if (next === label) return;
    label = next;
    onLabel(next);
  };
  const stopTimer = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  return {
    update(status) {
      if (typeof status === 'object' || status === 'saved') {
        stopTimer();
        show(typeof status === 'object' ? 'error' : 'saved');
        return;
      }
      // dirty or saving: the clock runs from the first unsaved change until a save succeeds.
      if (label === 'saved' && timer === null) {
        timer = timers.setTimeout(() => {
          timer = null;
          show('pending');
        }, pendingAfterMs);
      }
    },
    dispose: stopTimer,
  };
}
