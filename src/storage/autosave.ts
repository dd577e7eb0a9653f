/**
 * Framework-free autosave for the open draft ("Drafts that are never lost").
 *
 * - `schedule(getDraft)` on every change is cheap: it only stores the getter and arms timers.
 *   The document is serialised (`getDraft()` called) when a timer fires, never per keystroke.
 * - A burst of changes is coalesced into one save `delayMs` after the last change, and a save
 *   starts at most `maxWaitMs` after the first unsaved change even while typing goes on.
 * - One save runs at a time; changes made meanwhile are saved right after it.
 * - A failed save keeps the unsaved draft in memory; the next change (or `flush()`) retries with
 *   the newest content. Nothing is dropped.
 */
import type { Draft } from '../model/draft.ts';
import { StorageError, toStorageError } from './storageError.ts';
import { createRestTimer } from './restTimer.ts';
import { realTimers, type Timers } from './timers.ts';

/**
 * `dirty`: unsaved changes are waiting for the timer. `saving`: a save is running. `saved`:
 * everything is stored. `{ error }`: the last save failed; the status stays an error (no
 * `dirty`/`saving` flicker while retrying) until a save succeeds and reports `saved`.
 */
export type AutosaveStatus = 'saved' | 'saving' | 'dirty' | { readonly error: StorageError };

export const DEFAULT_DELAY_MS = 400;
export const DEFAULT_MAX_WAIT_MS = 1000;

export interface AutosaverOptions {
  /** Stores one draft; typically `(d) => store.putDraft(d)`. Whatever it throws is converted to StorageError. */
  readonly save: (draft: Draft) => Promise<void>;
  /** Quiet time after the last change before saving, ms. */
  readonly delayMs?: number;
  /** Longest time a change stays unsaved while changes keep coming, ms. */
  readonly maxWaitMs?: number;
  readonly onStatus?: (status: AutosaveStatus) => void;
  readonly timers?: Timers;
}

export interface Autosaver {
  /** Call on every document or field change; `getDraft` is called later, when the save runs. */
  schedule(getDraft: () => Draft): void;
  /**
   * Saves pending changes now and waits for every running save. Call on `pagehide` and on
   * `visibilitychange` to hidden, before switching drafts and before a tab yields the draft.
   * Resolves true when nothing is left unsaved.
   */
  flush(): Promise<boolean>;
  /** True while a change is not yet stored (for a `beforeunload` prompt). */
  hasUnsavedChanges(): boolean;
  status(): AutosaveStatus;
  /** Stops the timers. Call `flush()` first if changes should not be lost. */
  dispose(): void;
}

export function createAutosaver(options: AutosaverOptions): Autosaver {
  const { save, onStatus } = options;
  const delayMs = options.delayMs ?? DEFAULT_DELAY_MS;
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const timers = options.timers ?? realTimers;

  /** Getter for changes not yet serialised. */
  let pending: (() => Draft) | null = null;
  /** Serialised draft that is being saved or failed to save; cleared once stored. */
  let unsaved: Draft | null = null;
  let inFlight: Promise<void> | null = null;
  /** A timer fired during a running save: save again when it ends. */
  let rerun = false;
  let disposed = false;
  let current: AutosaveStatus = 'saved';

  const setStatus = (status: AutosaveStatus) => {
    if (typeof status === 'string' && status === current) return;
    current = status;
    onStatus?.(status);
  };
  const failing = () => typeof current === 'object';

  // One timer per pause in typing, not a clear + set per keystroke (restTimer.ts).
  const rest = createRestTimer(() => start(), { delayMs, maxWaitMs, timers });

  const start = (): void => {
    rest.cancel();
    if (inFlight) {
      rerun = true;
      return;
    }
    let draft: Draft | null = unsaved;
    if (pending) {
      const get = pending;
      pending = null;
      try {
        draft = get();
      } catch (e) {
        // The editor could not produce a document (e.g. destroyed): keep what we had.
        setStatus({ error: toStorageError(e) });
      }
    }
    if (!draft) return;
    unsaved = draft;
    if (!failing()) setStatus('saving');
    const attempt = draft;
    inFlight = (async () => {
      try {
        await save(attempt);
        if (unsaved === attempt) unsaved = null;
        setStatus(pending ? 'dirty' : 'saved');
      } catch (e) {
        setStatus({ error: toStorageError(e) });
      } finally {
        inFlight = null;
        if (rerun && !disposed) {
          rerun = false;
          start();
        }
      }
    })();
  };

  return {
    schedule(getDraft) {
      if (disposed) return;
      pending = getDraft;
      if (!failing() && !inFlight) setStatus('dirty');
      rest.poke();
    },

    async flush() {
      rest.cancel();
      rerun = false;
      while (inFlight) await inFlight;
      if (pending || unsaved) start();
      while (inFlight) await inFlight;
      return !pending && !unsaved;
    },

    hasUnsavedChanges: () => pending !== null || unsaved !== null,

    status: () => current,

    dispose() {
      disposed = true;
      rest.cancel();
    },
  };
}
