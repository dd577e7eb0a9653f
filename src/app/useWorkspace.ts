import { useEffect, useSyncExternalStore } from 'react';
import type { Workspace, WorkspaceState } from './workspace.ts';

/**
 * One value of the workspace state. The component re-renders only when that value changes, so the
 * autosave status flipping every second re-renders the status line, not the whole page.
 */
export function useWorkspaceValue<T>(workspace: Workspace, select: (state: WorkspaceState) => T): T {
  return useSyncExternalStore(workspace.subscribe, () => select(workspace.getState()));
}

/** Flushes the workspace's pending saves when the page is hidden or left. */
export function useFlushOnLeave(workspace: Workspace): void {
  useEffect(() => {
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
}
