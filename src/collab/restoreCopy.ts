/**
 * Restoring a backup that holds a shared draft makes a local copy of it: the shared document
 * lives on the server (and is reached through its link), so the restored text becomes an ordinary
 * local draft with its own id — derived from the shared document's name, so restoring the same
 * backup twice meets the first copy (and asks) instead of piling up copies. Pure.
 */
import type { Draft } from '../model/draft.ts';
import { sharedNameOf } from './links.ts';

export const LOCAL_COPY_PREFIX = 'copy-of-shared-';
export const LOCAL_COPY_SUFFIX = '（共享草稿的本地副本）';

export function asLocalCopy(draft: Draft): Draft {
  const name = sharedNameOf(draft.id);
  if (!name) return draft;
  return { ...draft, id: `${LOCAL_COPY_PREFIX}${name}`, name: draft.name.endsWith(LOCAL_COPY_SUFFIX) ? draft.name : `${draft.name}${LOCAL_COPY_SUFFIX}` };
}
