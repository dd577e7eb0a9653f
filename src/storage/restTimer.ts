/**
 * "Do this once typing rests": a debounce with one timer per rest instead of one per keystroke.
 *
 * The usual debounce clears and re-arms a timer on every call. The outline, the library's
 * cursor-follow, the check panel and autosave are all told about every keystroke, and in Chromium
 * traces at 100 pages that timer churn (clearTimeout + setTimeout, two to six pairs per keystroke)
 * cost ~0.15 ms per keystroke. Here `poke()` only notes the time; the one armed timer, when it
 * fires, either runs the callback or re-arms itself for the time still to wait.
 */
import { realTimers, type Timers } from './timers.ts';

export interface RestTimer {
  /** Something changed: run the callback `delayMs` after the last poke (and at most `maxWaitMs` after the first). */
  poke(): void;
  /** Forget pending pokes; the callback will not run until the next poke. */
  cancel(): void;
  /** True while a run is pending. */
  readonly pending: boolean;
}

export interface RestTimerOptions {
  /** Quiet time after the last poke, ms. */
  readonly delayMs: number;
  /** Longest wait after the first poke of a burst while pokes keep coming, ms (default: no limit). */
  readonly maxWaitMs?: number;
  readonly timers?: Timers;
}

export function createRestTimer(callback: () => void, { delayMs, maxWaitMs = Infinity, timers = realTimers }: RestTimerOptions): RestTimer {
  let handle: unknown = null;
  let first = 0;
  let last = 0;

  const fire = () => {
    handle = null;
    const now = timers.now();
    // A wall clock set back must not stretch the wait: count from now instead.
    last = Math.min(last, now);
    first = Math.min(first, now);
    const wait = Math.min(last + delayMs - now, first + maxWaitMs - now);
    if (wait > 0) handle = timers.setTimeout(fire, wait);
    else callback();
  };

  return {
    poke() {
      last = timers.now();
      if (handle !== null) return;
      first = last;
      handle = timers.setTimeout(fire, Math.min(delayMs, maxWaitMs));
    },
    cancel() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
    },
    get pending() {
      return handle !== null;
    },
  };
}
