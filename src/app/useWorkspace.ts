import { useEffect, useSyncExternalStore } from 'react';
import type { Workspace, WorkspaceState } from './workspace.ts';

/**
 * One value of the workspace state. The component re-renders only when that value changes, so the
 * autosave status flipping every second re-renders the status line, not the whole page.
 */
export function useWorkspaceValue<T>(workspace: Workspace, select: (state: WorkspaceState) => T): T {
  return useSyncExternalStore(workspace.subscribe, () => select(workspace.getState()));
}

/**
 * When the page is hidden or left, the unsaved change goes to the write-ahead journal at once
 * (synchronous, so it survives the reload or the closed tab) and a save to IndexedDB starts. Only
 * if the journal cannot take it (localStorage full or disabled) does `beforeunload` ask the user
 * to stay — the browser's own "leave site?" prompt, a safety net behind the journal.
 */
export function useFlushOnLeave(workspace: Workspace): void {
  useEffect(() => {
    const leave = () => void workspace.leave();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!workspace.leave()) return;
      event.preventDefault();
      // Chromium 109 still wants returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('pagehide', leave);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [workspace]);
}
