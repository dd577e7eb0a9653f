/** 协同起草: sharing the open draft and opening a share link, through the collaboration hook. */
import type { Collab } from '../collab/useCollab.ts';
import type { ShareKey } from '../../collab/links.ts';
import type { Action } from './action.ts';

/** 共享起草: the open draft moves to the server; `onFail` closes the dialog before the notice. */
export const shareDraft: Action<[Collab, () => void]> = {
  name: 'shareDraft',
  failure: (error) => `无法共享：${error}`,
  async perform(_host, collab, onFail) {
    try {
      await collab.share(location.href);
    } catch (e) {
      onFail();
      throw e;
    }
  },
};

/** Opens a share link once the user has given a 姓名. */
export const joinShared: Action<[Collab, ShareKey]> = {
  name: 'joinShared',
  failure: (error) => `无法打开共享草稿：${error}`,
  async perform(_host, collab, key) {
    await collab.join(key);
  },
};
