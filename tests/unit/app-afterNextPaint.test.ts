import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../src/app/afterNextPaint.ts';

/** A window whose frames are drawn when the test says so. */
function fakeWindow() {
  let next = 1;
  const frames = new Map<number, FrameRequestCallback>();
  return {
    requestAnimationFrame: (cb: FrameRequestCallback) => {
      frames.set(next, cb);
      return next++;
    },
    cancelAnimationFrame: (id: number) => void frames.delete(id),
    drawFrame() {
      const due = [...frames.values()];
      frames.clear();
      for (const cb of due) cb(0);
    },
    pending: () => frames.size,
  };
}

describe('afterNextPaint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs in a task after the next frame, not in the frame', () => {
    const win = fakeWindow();
    const callback = vi.fn();
    afterNextPaint(win, callback);
    vi.advanceTimersByTime(10);
    expect(callback).not.toHaveBeenCalled();
    win.drawFrame();
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(callback).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('runs after the fallback time when no frame comes (a hidden page), once', () => {
    const win = fakeWindow();
    const callback = vi.fn();
    afterNextPaint(win, callback, 250);
    vi.advanceTimersByTime(249);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(win.pending()).toBe(0);
    win.drawFrame();
    vi.advanceTimersByTime(1000);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled', () => {
    const win = fakeWindow();
    const callback = vi.fn();
    const cancel = afterNextPaint(win, callback);
    cancel();
    win.drawFrame();
    vi.advanceTimersByTime(1000);
    expect(callback).not.toHaveBeenCalled();
  });

  it('runs in the next task without requestAnimationFrame', () => {
    const callback = vi.fn();
    afterNextPaint(undefined, callback);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(callback).toHaveBeenCalledTimes(1);
  });
});
