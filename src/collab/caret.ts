/**
 * Other people's carets and selections, with their names and colours: y-tiptap's cursor plugin
 * over the session's awareness. (The same thing @tiptap/extension-collaboration-caret wraps; that
 * package has no 3.34.0 release, and every @tiptap package here stays on one version.)
 */
import { Extension } from '@tiptap/core';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';

export interface CaretUser {
  readonly name: string;
  readonly color: string;
}

function caret(user: CaretUser): HTMLElement {
  const el = document.createElement('span');
  el.className = 'collab-caret';
  el.style.borderColor = user.color;
  const label = document.createElement('span');
  label.className = 'collab-caret-label';
  label.style.backgroundColor = user.color;
  label.textContent = user.name;
  el.append(label);
  return el;
}

export function collabCaret(awareness: Awareness) {
  return Extension.create({
    name: 'collabCaret',
    addProseMirrorPlugins() {
      return [
        yCursorPlugin(awareness, {
          cursorBuilder: (user) => caret(user as unknown as CaretUser),
          selectionBuilder: (user) => ({ style: `background-color: ${String((user as unknown as CaretUser).color)}33`, class: 'collab-selection' }),
        }),
      ];
    },
  });
}
