import { newId } from '../../storage/newId.ts';
import { importDocxWithNotes } from '../exportActions.ts';
import type { Action } from './action.ts';

/** 导入Word: a .docx opened as a new draft. The reader's errors are already Chinese sentences. */
export const importWord: Action<[File]> = {
  name: 'importWord',
  failure: (error) => error,
  busy: true,
  async perform(host, file) {
    // What the reader noticed (tracked changes accepted, comments, images, footnotes) goes with the notice.
    const { draft, notes } = await importDocxWithNotes(file, newId(), Date.now());
    await host.workspace.openNew(draft);
    host.notify({ kind: 'info', text: [`已将“${file.name}”导入为新草稿。`, ...notes].join(' ') });
  },
};
