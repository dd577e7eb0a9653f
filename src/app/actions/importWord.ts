import { newId } from '../../storage/newId.ts';
import { importDocxAsDraft } from '../exportActions.ts';
import type { Action } from './action.ts';

/** 导入Word: a .docx opened as a new draft. The reader's errors are already Chinese sentences. */
export const importWord: Action<[File]> = {
  name: 'importWord',
  failure: (error) => error,
  busy: true,
  async perform(host, file) {
    const draft = await importDocxAsDraft(file, newId(), Date.now());
    await host.workspace.openNew(draft);
    host.notify({ kind: 'info', text: `已将“${file.name}”导入为新草稿。` });
  },
};
