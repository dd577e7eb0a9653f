/**
 * The keys users bring from Word: Ctrl+S saves now (and says so), Ctrl+Shift+S offers 导出Word,
 * Ctrl+P prints the report's pages. The browser's own dialogs (save page, print screen) never open.
 * ⌘ on a Mac counts as Ctrl.
 */
export type ShortcutAction = 'save' | 'export' | 'print';

/** The action of a keydown, or null. */
export function shortcutOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): ShortcutAction | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 's') return event.shiftKey ? 'export' : 'save';
  if (key === 'p' && !event.shiftKey) return 'print';
  return null;
}

/** Listens on `target` (capture, before the editor); returns the cleanup. */
export function installShortcuts(target: Window, run: (action: ShortcutAction) => void): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    const action = shortcutOf(event);
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    if (!event.repeat) run(action);
  };
  target.addEventListener('keydown', onKeyDown, true);
  return () => target.removeEventListener('keydown', onKeyDown, true);
}
