/**
 * Runs `callback` once, in a task after the next frame has been painted, and returns a cancel function.
 *
 * For page chrome that follows the document (the save status): a DOM write done in the keystroke's
 * own task is laid out, pre-painted and committed in the same frame as the typed character, and so
 * delays it. Traces at 100 pages: the status flipping from 已保存到本机 to 未保存 on the first key
 * after a pause cost that key's frame 3–5 ms (compositing inputs, layout, paint); written a frame
 * later it is off the keystroke's path (scripts/bench/FINDINGS.md, 2026-12-06).
 *
 * requestAnimationFrame runs just before the frame is drawn; the timer set from it runs in a later
 * task, after the frame. A hidden page draws no frames: after `fallbackMs` the callback runs anyway.
 * Without requestAnimationFrame (a test DOM), it runs in the next task.
 */
export function afterNextPaint(
  win: Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'> | undefined,
  callback: () => void,
  fallbackMs = 250,
): () => void {
  // At most a frame request and two timers (the fallback and the one set from the frame) are pending; whichever
  // runs first cancels the others, so the callback runs once.
  let frame: number | null = null;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const cancel = () => {
    if (frame !== null) win?.cancelAnimationFrame(frame);
    for (const t of timers) clearTimeout(t);
    frame = null;
    timers.clear();
  };
  const run = () => {
    cancel();
    callback();
  };
  const later = (ms: number) => timers.add(setTimeout(run, ms));
  if (win?.requestAnimationFrame) {
    frame = win.requestAnimationFrame(() => {
      frame = null;
      later(0);
    });
    later(fallbackMs);
  } else later(0);
  return cancel;
}
