import { useWorkspaceValue } from './useWorkspace.ts';
import type { Workspace } from './workspace.ts';

/** 已保存 / 正在保存 / 未保存: what the autosaver is doing, announced politely to screen readers. */
export function SaveStatus({ workspace }: { workspace: Workspace }) {
  const status = useWorkspaceValue(workspace, (s) => s.saveStatus);
  const memoryOnly = useWorkspaceValue(workspace, (s) => s.memoryOnly);
  const draftName = useWorkspaceValue(workspace, (s) => s.draft?.name ?? '');
  const text =
    typeof status === 'object'
      ? '未能保存'
      : memoryOnly
        ? '仅保存在本页（浏览器存储不可用）'
        : status === 'saved'
          ? '已保存到本机'
          : status === 'saving'
            ? '正在保存…'
            : '有修改待保存';
  return (
    <div className="status" role="status" aria-live="polite" data-save-status={typeof status === 'object' ? 'error' : status}>
      <span className="draft-title" title={draftName}>
        {draftName}
      </span>
      <span className={typeof status === 'object' ? 'save-error' : ''}>{text}</span>
    </div>
  );
}
