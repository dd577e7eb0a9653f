import { checkDraft } from '../../check/checkDraft.ts';
import { buildContext } from '../../check/context.ts';
import { editorDoc } from '../../editor/editorDoc.ts';
import { downloadBlob } from '../download.ts';
import { buildDocxFile } from '../exportActions.ts';
import { proofExportItems } from '../proofExportItems.ts';
import { loadProofreader } from '../useProofread.ts';
import type { Action } from './action.ts';

/** Downloads the .docx of the current document now. */
export const downloadWord: Action = {
  name: 'downloadWord',
  failure: (error) => `导出失败：${error}（草稿未受影响）`,
  busy: true,
  async perform(host) {
    if (!host.editor) return;
    const file = await buildDocxFile(editorDoc(host.editor), host.fields);
    downloadBlob(file.blob, file.fileName);
    host.notify({ kind: 'info', text: `已导出“${file.fileName}”。` });
  },
};

/**
 * 导出Word: with open check items, or open 需修改 items of 校对 (建议 are left to the panel), the user
 * first sees them (export anyway or go back).
 */
export const exportWord: Action = {
  name: 'exportWord',
  failure: (error) => `导出失败：${error}（草稿未受影响）`,
  async perform(host) {
    if (!host.editor) return;
    const doc = editorDoc(host.editor);
    const { proofreadResult } = await loadProofreader();
    const proof = proofreadResult(buildContext(doc, host.fields), host.workspace.getState().ignored);
    const items = [...checkDraft(doc, host.fields, host.workspace.getState().previous).items, ...proofExportItems(proof.open)];
    if (items.length) host.confirmExport(items);
    else await host.run(downloadWord);
  },
};
