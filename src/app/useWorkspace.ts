import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Draft } from '../model/draft.ts';
import { Workspace, type WorkspaceState } from './workspace.ts';

/** Creates the page's workspace once, starts it, and flushes pending saves when the page is left. */
export function useWorkspace(firstDraft: () => Draft): [Workspace, WorkspaceState] {
  const [workspace] = useState(() => new Workspace({ firstDraft }));
  const state = useSyncExternalStore(workspace.subscribe, workspace.getState);
  useEffect(() => {
    void workspace.init();
    const flush = () => void workspace.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [workspace]);
  return [workspace, state];
}
