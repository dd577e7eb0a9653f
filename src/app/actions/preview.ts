import { editorDoc } from '../../editor/editorDoc.ts';
import { buildDocxFile } from '../exportActions.ts';
import type { Action } from './action.ts';

/** 预览: the exact pages of the .docx the export would write. */
export const preview: Action = {
  name: 'preview',
  failure: (error) => `导出失败：${error}（草稿未受影响）`,
  busy: true,
  async perform(host) {
    if (!host.editor) return;
    host.showPreview(await buildDocxFile(editorDoc(host.editor), host.fields));
  },
};
