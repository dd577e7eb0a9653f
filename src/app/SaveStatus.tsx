import { useEffect, useRef } from 'react';
import { afterNextPaint } from './afterNextPaint.ts';
import { MEMORY_ONLY_TEXT, saveLabelText, saveStatusKind } from './saveLabel.ts';
import { useWorkspaceValue } from './useWorkspace.ts';
import type { Workspace } from './workspace.ts';

/**
 * 未保存 / 保存中… / 已保存到本机 / 未能保存 (saveLabel.ts). The autosaver's state changes about once
 * a second while typing; it is written straight to the DOM (`data-save-status` and the label's
 * text), not through a React render, and a frame after the change, so that the keystroke that made
 * it paints first.
 */
export function SaveStatus({ workspace }: { workspace: Workspace }) {
  const draftName = useWorkspaceValue(workspace, (s) => s.draft?.name ?? '');
  const ref = useRef<HTMLDivElement>(null);
  const labelRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let last = workspace.getState().saveStatus;
    let memoryOnly = workspace.getState().memoryOnly;
    const write = () => {
      const kind = saveStatusKind(last);
      ref.current?.setAttribute('data-save-status', kind);
      const label = labelRef.current;
      if (label) {
        // Stored in this page's memory only: never say 已保存到本机.
        label.textContent = kind === 'saved' && memoryOnly ? MEMORY_ONLY_TEXT : saveLabelText(last);
        label.className = kind === 'error' ? 'save-label save-error' : 'save-label';
      }
    };
    write();
    // Written after the frame that shows the keystroke, not in it (afterNextPaint.ts); changes in between coalesce.
    let cancel: (() => void) | null = null;
    const unsubscribe = workspace.subscribe((state) => {
      if (state.saveStatus === last && state.memoryOnly === memoryOnly) return;
      last = state.saveStatus;
      memoryOnly = state.memoryOnly;
      cancel ??= afterNextPaint(window, () => {
        cancel = null;
        write();
      });
    });
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [workspace]);
  return (
    <div ref={ref} className="status" role="status" aria-live="polite">
      <span className="draft-title" title={draftName}>
        {draftName}
      </span>
      {/* Changes about once a second while typing: shown, not announced. */}
      <span ref={labelRef} className="save-label" aria-live="off" />
    </div>
  );
}
