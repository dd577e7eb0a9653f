import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Draft } from '../model/draft.ts';
import { Workspace, type WorkspaceState } from './workspace.ts';

/**
 * One value of the workspace state. The component re-renders only when that value changes, so the
 * autosave status flipping every second re-renders the status line, not the whole page.
 */
export function useWorkspaceValue<T>(workspace: Workspace, select: (state: WorkspaceState) => T): T {
  return useSyncExternalStore(workspace.subscribe, () => select(workspace.getState()));
}

/** Creates the page's workspace once, starts it, and flushes pending saves when the page is left. */
export function useWorkspace(firstDraft: () => Draft): Workspace {
  const [workspace] = useState(() => new Workspace({ firstDraft }));
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
  return workspace;
}
