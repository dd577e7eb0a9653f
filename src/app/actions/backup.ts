import { backupFileName } from '../../storage/backup.ts';
import { downloadBlob } from '../download.ts';
import type { Action } from './action.ts';

/** 备份 / 下载备份: every draft (the open one as on screen) and 我的范文 as one JSON file. */
export const backup: Action = {
  name: 'backup',
  failure: (error) => `备份失败：${error}`,
  async perform(host) {
    const text = await host.workspace.backupText();
    downloadBlob(new Blob([text], { type: 'application/json' }), backupFileName(new Date()));
    host.notify({ kind: 'info', text: '已下载备份文件。请把它保存到安全的位置。' });
  },
};
