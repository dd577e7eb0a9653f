import { editorDoc } from '../../editor/editorDoc.ts';
import type { Action } from './action.ts';

/** 打印 / Ctrl+P: the pages of the exported .docx (A4, margins, page numbers), not the app's screen. */
export const print: Action = {
  name: 'print',
  failure: (error) => `打印失败：${error}`,
  busy: true,
  async perform(host) {
    if (!host.editor) return;
    const { printReport } = await import('../printReport.ts');
    await printReport(editorDoc(host.editor), host.fields);
  },
};
