import { errorText } from '../download.ts';
import { importDocxToLibrary } from '../exportActions.ts';
import type { Action } from './action.ts';

/** 导入范文: each .docx becomes a report of 我的范文; one notice lists what came in and what failed. */
export const importToLibrary: Action<[File[]]> = {
  name: 'importToLibrary',
  failure: (error) => error,
  async perform(host, files) {
    const done: string[] = [];
    const failed: string[] = [];
    for (const file of files) {
      try {
        await host.workspace.addLibraryReport(await importDocxToLibrary(file, Date.now()));
        done.push(file.name);
      } catch (e) {
        failed.push(errorText(e));
      }
    }
    if (failed.length) host.notify({ kind: 'error', text: [...failed, done.length ? `已导入：${done.join('、')}` : ''].filter(Boolean).join(' ') });
    else host.notify({ kind: 'info', text: `已导入到“我的范文”：${done.join('、')}` });
  },
};

/** 移除 a report from 我的范文. */
export const removeFromLibrary: Action<[string]> = {
  name: 'removeFromLibrary',
  failure: (error) => `无法移除范文：${error}`,
  async perform(host, id) {
    await host.workspace.removeLibraryReport(id);
  },
};
