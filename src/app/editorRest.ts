import type { Editor } from '@tiptap/react';
import { createRestTimer } from '../storage/restTimer.ts';

type EditorEvent = 'update' | 'selectionUpdate';

export interface EditorRest {
  /** Counts as an event now (e.g. to run once after mounting). */
  poke(): void;
  /** Stops listening and drops a pending run (an effect's cleanup). */
  dispose(): void;
}

/**
 * Runs `callback` once the editor has had none of `events` for `delayMs` — for panels that follow
 * the document or the cursor after typing pauses. One timer per pause, not one per keystroke
 * (restTimer.ts).
 */
export function onEditorRest(editor: Editor, events: readonly EditorEvent[], delayMs: number, callback: () => void): EditorRest {
  const rest = createRestTimer(callback, { delayMs });
  const poke = () => rest.poke();
  for (const event of events) editor.on(event, poke);
  return {
    poke,
    dispose() {
      for (const event of events) editor.off(event, poke);
      rest.cancel();
    },
  };
}
