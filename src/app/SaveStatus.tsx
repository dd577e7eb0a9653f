import { useEffect, useRef, useState } from 'react';
import { createSaveLabelTracker, labelOf, SAVE_LABEL_TEXT, saveStatusKind, type SaveLabel } from './saveLabel.ts';
import { useWorkspaceValue } from './useWorkspace.ts';
import type { Workspace } from './workspace.ts';

/**
 * 已保存到本机 / 正在保存… / 未能保存, announced politely to screen readers. The autosaver's exact
 * state changes about once a second while typing; it is written straight to `data-save-status`
 * (no re-render), and the visible line follows saveLabel.ts, which changes only when it matters.
 */
export function SaveStatus({ workspace }: { workspace: Workspace }) {
  const memoryOnly = useWorkspaceValue(workspace, (s) => s.memoryOnly);
  const draftName = useWorkspaceValue(workspace, (s) => s.draft?.name ?? '');
  const [label, setLabel] = useState<SaveLabel>(() => labelOf(workspace.getState().saveStatus));
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let last = workspace.getState().saveStatus;
    const tracker = createSaveLabelTracker(last, setLabel);
    const write = () => ref.current?.setAttribute('data-save-status', saveStatusKind(last));
    setLabel(labelOf(last));
    write();
    const unsubscribe = workspace.subscribe((state) => {
      if (state.saveStatus === last) return;
      last = state.saveStatus;
      write();
      tracker.update(last);
    });
    return () => {
      unsubscribe();
      tracker.dispose();
    };
  }, [workspace]);
  const text = label === 'error' ? SAVE_LABEL_TEXT.error : memoryOnly ? '仅保存在本页（浏览器存储不可用）' : SAVE_LABEL_TEXT[label];
  return (
    <div ref={ref} className="status" role="status" aria-live="polite">
      <span className="draft-title" title={draftName}>
        {draftName}
      </span>
      <span className={label === 'error' ? 'save-error' : ''}>{text}</span>
    </div>
  );
}
