/**
 * In-page instrumentation, installed with `context.addInitScript(installProbe, options)` before
 * the page's own scripts run. Playwright sends the function's source text, so everything it uses
 * must be inside it (types aside).
 *
 * - Ready: a MutationObserver on the document notes `performance.now()` (ms since navigation
 *   start) the moment `readySelector` matches an element with at least `minBlocks` children —
 *   the editor exists, is editable, and holds the expected draft — then the next paint after it
 *   (requestAnimationFrame, then a MessageChannel message: the task after that frame's rendering).
 * - Input → update / paint: a capturing keydown listener on window (keys in the editor) and a
 *   capturing click listener (buttons 插入) note `performance.now()` as t0; the editor's next
 *   `update` event (a transaction that changed the document) gives "document updated"; a
 *   requestAnimationFrame registered at that update, followed by a MessageChannel message, gives
 *   "next paint". The update listener is re-registered at every input so that it runs after all
 *   of the app's own update listeners. Each input yields exactly one sample; an input that never
 *   changes the document is recorded with nulls when the driver calls `abandon()`.
 */

export interface ProbeOptions {
  readonly readySelector: string;
  readonly minBlocks: number;
}

export interface ProbeSample {
  readonly kind: 'key' | 'insert';
  readonly key: string;
  /** performance.now() at the capturing listener. */
  readonly t0: number;
  /** t0 − event.timeStamp: how long the event waited before the first listener ran. */
  readonly inputDelay: number;
  /** t0 → the editor's update event, ms. */
  updated: number | null;
  /** t0 → the task after the next frame, ms. */
  painted: number | null;
}

export interface ProbeReady {
  readonly ready: number;
  readonly readyPaint: number;
  readonly firstContentfulPaint: number | null;
  readonly domContentLoaded: number | null;
}

export interface Probe {
  readonly samples: ProbeSample[];
  whenReady(timeoutMs: number): Promise<ProbeReady | null>;
  whenSamples(count: number, timeoutMs: number): Promise<boolean>;
  abandon(): void;
}

declare global {
  interface Window {
    __bench?: Probe;
  }
}

export function installProbe(options: ProbeOptions): void {
  type Listener = () => void;
  type TipTapLike = { on(event: string, fn: Listener): unknown; off(event: string, fn: Listener): unknown };

  const samples: ProbeSample[] = [];
  let pending: ProbeSample | null = null;
  let ready: number | null = null;
  let readyPaint: number | null = null;
  let waiters: Listener[] = [];
  const notify = () => {
    const current = waiters;
    waiters = [];
    for (const w of current) w();
  };
  const afterNextPaint = (callback: Listener) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        callback();
      };
      channel.port2.postMessage(null);
    });
  };
  const waitFor = (test: () => boolean, timeoutMs: number): Promise<boolean> =>
    new Promise((resolve) => {
      if (test()) return resolve(true);
      const timer = setTimeout(() => resolve(test()), timeoutMs);
      const check = () => {
        if (test()) {
          clearTimeout(timer);
          resolve(true);
        } else waiters.push(check);
      };
      waiters.push(check);
    });

  const isReady = () => {
    const el = document.querySelector(options.readySelector);
    return el !== null && el.childElementCount >= options.minBlocks;
  };
  const observer = new MutationObserver(() => {
    if (ready !== null || !isReady()) return;
    ready = performance.now();
    observer.disconnect();
    afterNextPaint(() => {
      readyPaint = performance.now();
      notify();
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'data-draft-id'] });

  const editorOf = (): TipTapLike | null => (document.querySelector('.ProseMirror') as (Element & { editor?: TipTapLike }) | null)?.editor ?? null;

  const onUpdate = () => {
    const s = pending;
    if (!s || s.updated !== null) return;
    s.updated = performance.now() - s.t0;
    afterNextPaint(() => {
      s.painted = performance.now() - s.t0;
      if (pending === s) pending = null;
      samples.push(s);
      notify();
    });
  };

  const start = (kind: 'key' | 'insert', key: string, event: Event) => {
    const editor = editorOf();
    if (!editor) return;
    const t0 = performance.now();
    // An earlier input that never changed the document still counts as one sample.
    if (pending && pending.updated === null) samples.push(pending);
    editor.off('update', onUpdate);
    editor.on('update', onUpdate);
    pending = { kind, key, t0, inputDelay: t0 - event.timeStamp, updated: null, painted: null };
  };

  window.addEventListener(
    'keydown',
    (e) => {
      if (e.repeat || e.key.length !== 1 || !(e.target instanceof Element) || !e.target.closest('.ProseMirror')) return;
      start('key', e.key, e);
    },
    true,
  );
  window.addEventListener(
    'click',
    (e) => {
      if (!(e.target instanceof Element) || e.target.closest('button')?.textContent?.trim() !== '插入') return;
      start('insert', '插入', e);
    },
    true,
  );

  window.__bench = {
    samples,
    async whenReady(timeoutMs) {
      const ok = await waitFor(() => readyPaint !== null, timeoutMs);
      if (!ok || ready === null || readyPaint === null) return null;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { ready, readyPaint, firstContentfulPaint: fcp ? fcp.startTime : null, domContentLoaded: nav ? nav.domContentLoadedEventEnd : null };
    },
    whenSamples: (count, timeoutMs) => waitFor(() => samples.length >= count, timeoutMs),
    abandon() {
      if (pending && pending.updated === null) {
        samples.push(pending);
        pending = null;
      }
    },
  };
}
