/** The actions of 我的草稿 and of the read-only banner. */
import type { Draft } from '../../model/draft.ts';
import type { Action } from './action.ts';

export const openDraft: Action<[string]> = {
  name: 'openDraft',
  failure: (error) => `无法打开草稿：${error}`,
  async perform(host, id) {
    await host.workspace.openDraft(id);
  },
};

export const renameDraft: Action<[string, string]> = {
  name: 'renameDraft',
  failure: (error) => `重命名失败：${error}`,
  async perform(host, id, name) {
    await host.workspace.rename(id, name);
  },
};

export const duplicateDraft: Action<[string]> = {
  name: 'duplicateDraft',
  failure: (error) => `复制失败：${error}`,
  async perform(host, id) {
    await host.workspace.duplicate(id);
  },
};

export const undeleteDraft: Action<[Draft]> = {
  name: 'undeleteDraft',
  failure: (error) => `无法撤销删除：${error}`,
  async perform(host, draft) {
    await host.workspace.undelete(draft);
    host.notify(null);
  },
};

/** 删除, with 撤销删除 in the notice. */
export const deleteDraft: Action<[string]> = {
  name: 'deleteDraft',
  failure: (error) => `删除失败：${error}`,
  async perform(host, id) {
    const deleted = await host.workspace.remove(id);
    if (deleted)
      host.notify({
        kind: 'info',
        text: `已删除草稿“${deleted.name}”。`,
        action: { label: '撤销删除', run: () => void host.run(undeleteDraft, deleted) },
      });
  },
};

/** 在此处编辑: this tab takes the draft over from another tab. */
export const takeOver: Action = {
  name: 'takeOver',
  failure: (error) => `无法切换到此处编辑：${error}`,
  async perform(host) {
    await host.workspace.takeOver();
  },
};
