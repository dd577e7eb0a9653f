import { useId, useState } from 'react';
import { useModalDialog } from './useModalDialog.ts';
import { useWorkspaceValue } from './useWorkspace.ts';
import type { Workspace } from './workspace.ts';

const formatTime = (t: number) =>
  t ? new Date(t).toLocaleString('zh-CN', { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }) : '—';

export interface DraftsDialogProps {
  readonly open: boolean;
  readonly workspace: Workspace;
  readonly onClose: () => void;
  readonly onOpen: (id: string) => void;
  readonly onRename: (id: string, name: string) => void;
  readonly onDuplicate: (id: string) => void;
  readonly onDelete: (id: string) => void;
  readonly onNew: () => void;
}

/** 我的草稿: open, rename, duplicate and delete drafts (delete can be undone from the notice). */
export function DraftsDialog({ open, workspace, onClose, onOpen, onRename, onDuplicate, onDelete, onNew }: DraftsDialogProps) {
  const ref = useModalDialog(open);
  const drafts = useWorkspaceValue(workspace, (s) => s.drafts);
  const currentId = useWorkspaceValue(workspace, (s) => s.draft?.id ?? null);
  const id = useId();
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>我的草稿</h2>
      <p className="muted">草稿只保存在本机浏览器中。换电脑或清理浏览器前，请用“备份”下载备份文件。</p>
      <table className="drafts-table">
        <thead>
          <tr>
            <th scope="col">名称</th>
            <th scope="col">最后修改</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {drafts.map((d) => (
            <tr key={d.id} aria-current={d.id === currentId ? 'true' : undefined}>
              <td>
                {editing?.id === d.id ? (
                  <form
                    onSubmit={(e) => {
                      e.preventDefault();
                      onRename(d.id, editing.name);
                      setEditing(null);
                    }}
                  >
                    <input aria-label="新名称" autoFocus value={editing.name} onChange={(e) => setEditing({ id: d.id, name: e.target.value })} />
                    <button type="submit">确定</button>
                    <button type="button" onClick={() => setEditing(null)}>
                      取消
                    </button>
                  </form>
                ) : (
                  <span className="draft-name">
                    {d.name}
                    {d.id === currentId ? <span className="current-tag">（当前）</span> : null}
                    {d.damaged ? <span className="damaged-tag">（已损坏）</span> : null}
                  </span>
                )}
              </td>
              <td>{formatTime(d.updatedAt)}</td>
              <td className="row-actions">
                <button type="button" onClick={() => onOpen(d.id)} disabled={d.damaged || d.id === currentId} aria-label={`打开：${d.name}`}>
                  打开
                </button>
                <button type="button" onClick={() => setEditing({ id: d.id, name: d.name })} disabled={d.damaged} aria-label={`重命名：${d.name}`}>
                  重命名
                </button>
                <button type="button" onClick={() => onDuplicate(d.id)} disabled={d.damaged} aria-label={`复制：${d.name}`}>
                  复制
                </button>
                <button type="button" onClick={() => onDelete(d.id)} aria-label={`删除：${d.name}`}>
                  删除
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" onClick={onNew}>
          新建报告…
        </button>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
    </dialog>
  );
}
