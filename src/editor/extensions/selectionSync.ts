import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * ProseMirror learns of a selection the browser changed (a click, Shift+Arrow) from the
 * asynchronous `selectionchange` event, which can arrive after the next key. Every key command
 * (Delete, Tab, Enter…) must act on the selection the user sees, so pending DOM selection changes
 * are read before any keydown is handled.
 */
export function syncSelectionFromDOM(view: EditorView): void {
  (view as unknown as { domObserver?: { flush(): void } }).domObserver?.flush();
}

/** A printable key without Ctrl/Alt/Meta (Shift allowed): no keymap acts on it. */
export function isPlainCharacter(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey;
}

export const SelectionSync = Extension.create({
  name: 'selectionSync',
  priority: 10_000, // before every keymap
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('selectionSync'),
        props: {
          handleKeyDown: (view, event) => {
            // Never during IME composition (Chinese input): the DOM is the IME's until it ends.
            if (event.isComposing || event.keyCode === 229 || view.composing) return false;
            // A plain character is typed by the browser and read back from the DOM, selection
            // included: only commands (Enter, Delete, Tab, shortcuts…) need the selection first.
            if (isPlainCharacter(event)) return false;
            syncSelectionFromDOM(view);
            return false;
          },
        },
      }),
    ];
  },
});
