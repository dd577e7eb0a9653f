/**
 * The app's TipTap editor as the A/B scripts change it at runtime (`ab.ts`'s variants, `turns-ab.ts`'s page B): the
 * object the app puts on its element (`.ProseMirror`.editor), reached through a Playwright handle. Each change has its
 * undo, so a variant can be switched on and off within one page.
 */
import type { JSHandle, Page } from 'playwright-core';

interface PageState {
  plugins: Array<{ key: string }>;
  tr: { setMeta(key: unknown, value: unknown): unknown };
  reconfigure(config: { plugins: unknown[] }): PageState;
}

interface PageView {
  state: PageState;
  dispatch(tr: unknown): void;
  updateState(state: PageState): void;
  /** Saved by `dropPlugins` while its plugins are out. */
  __plugins?: PageState['plugins'];
}

export interface PageEditor {
  emit(event: string, ...args: unknown[]): unknown;
  callbacks: Record<string, Array<(...args: unknown[]) => void> | undefined>;
  view: PageView;
  /** Saved by `listenersOff` while it replaces `emit`. */
  __emit?: PageEditor['emit'];
}

/** The app's editor in `page`. */
export const pageEditor = (page: Page): Promise<JSHandle<PageEditor>> =>
  page.evaluateHandle(() => (document.querySelector('.ProseMirror') as unknown as { editor: PageEditor }).editor);

/**
 * The app's editor listeners (transaction, selectionUpdate, update) skipped: no autosave, 校对 or panels. The bench
 * probe's own update listener — registered last, at each keystroke — still runs.
 */
export const listenersOff = (editor: JSHandle<PageEditor>): Promise<void> =>
  editor.evaluate((editor) => {
    const emit = editor.emit.bind(editor);
    editor.__emit = editor.emit;
    editor.emit = (event: string, ...args: unknown[]) => {
      if (event === 'transaction' || event === 'selectionUpdate') return editor;
      if (event === 'update') {
        editor.callbacks.update?.at(-1)?.apply(editor, args);
        return editor;
      }
      return emit(event, ...args);
    };
  });

export const listenersOn = (editor: JSHandle<PageEditor>): Promise<void> =>
  editor.evaluate((editor) => {
    editor.emit = editor.__emit!;
    delete editor.__emit;
  });

/** The editor state reconfigured without the plugins whose keys start with one of `prefixes`. */
export const dropPlugins = (editor: JSHandle<PageEditor>, prefixes: readonly string[]): Promise<void> =>
  editor.evaluate(({ view }, prefixes) => {
    view.__plugins = view.state.plugins;
    view.updateState(view.state.reconfigure({ plugins: view.state.plugins.filter((p) => !prefixes.some((x) => p.key.startsWith(x))) }));
  }, prefixes);

export const restorePlugins = (editor: JSHandle<PageEditor>): Promise<void> =>
  editor.evaluate(({ view }) => {
    view.updateState(view.state.reconfigure({ plugins: view.__plugins! }));
    delete view.__plugins;
  });
