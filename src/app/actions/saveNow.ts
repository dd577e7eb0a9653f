import type { Action } from './action.ts';

/** Ctrl+S: store what is pending now, and say so once it is stored. */
export const saveNow: Action = {
  name: 'saveNow',
  failure: (error) => `未能保存：${error}`,
  async perform(host) {
    if (await host.workspace.flush()) host.notify({ kind: 'info', text: '已保存到本机。' });
    else host.notify({ kind: 'error', text: `未能保存：${host.workspace.getState().storageError?.message ?? '请稍后再试，或点“备份”下载全部草稿。'}` });
  },
};
