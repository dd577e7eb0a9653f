import type { Workspace } from './workspace.ts';

/**
 * How long the first render may wait for the last draft: past it, the page frame is shown with
 * "正在打开草稿…" (slow or blocked storage) and the draft follows when it comes.
 */
export const FIRST_RENDER_WAIT_MS = 1000;

/**
 * Resolves once `workspace` shows its first draft, once its start has settled without one, or after
 * `waitMs`, whichever comes first.
 *
 * Why the first render waits: IndexedDB answers each request in a task of the page's main thread.
 * Rendering the page frame first (about 170 ms of React and 160 ms of first layout on the bench's old
 * office PC, CPU 4×) queued those answers behind it, and the draft came that much later. Rendered
 * once the draft is known, the frame and the draft are built and laid out together
 * (scripts/bench/FINDINGS.md, 2026-12-06, fourth session).
 */
export function whenFirstDraft(workspace: Pick<Workspace, 'getState' | 'subscribe'>, started: Promise<unknown>, waitMs = FIRST_RENDER_WAIT_MS): Promise<void> {
  return new Promise<void>((resolve) => {
    let unsubscribe: () => void = () => {};
    const timer = setTimeout(done, waitMs);
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
    if (workspace.getState().draft) return done();
    unsubscribe = workspace.subscribe((state) => {
      if (state.draft) done();
    });
    started.then(done, done);
  });
}
