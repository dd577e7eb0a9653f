import { Fragment, useId, useState } from 'react';
import { revokeLink } from '../../collab/api.ts';
import { shareLink } from '../../collab/links.ts';
import { displayName, rememberDisplayName, rememberShare, shareRecord } from '../../collab/names.ts';
import { useModalDialog } from '../useModalDialog.ts';

/** The two links the dialog shows, each with its copy and revoke buttons. */
const LINK_KINDS = [
  { kind: 'edit', label: '编辑链接' },
  { kind: 'read', label: '只读链接' },
] as const;

export type ShareDialogMode = { kind: 'share'; sharedName: string | null } | { kind: 'join' } | null;

interface Props {
  readonly mode: ShareDialogMode;
  readonly busy: boolean;
  readonly onClose: () => void;
  /** 开始共享 (share mode, local draft) or 加入 (join mode), after the name was remembered. */
  readonly onConfirm: (name: string) => void;
  readonly onNameChange: (name: string) => void;
  readonly onError: (text: string) => void;
}

/**
 * 共享起草: the user's 姓名 (remembered on this PC), then the two links of the shared draft in
 * labelled fields 编辑链接 and 只读链接, each with 复制 and, for the PC that shared it, 撤销 (a new
 * link; sessions opened with the old one are closed). In join mode it only asks for the name.
 */
export function ShareDialog({ mode, busy, onClose, onConfirm, onNameChange, onError }: Props) {
  const ref = useModalDialog(mode !== null);
  const id = useId();
  const [name, setName] = useState(displayName);
  const [, setVersion] = useState(0);
  const [copied, setCopied] = useState('');
  const sharedName = mode?.kind === 'share' ? mode.sharedName : null;
  const record = sharedName ? shareRecord(sharedName) : null;
  const href = location.href;
  const links = record?.owner
    ? { edit: shareLink(href, { name: record.name, secret: record.owner.edit }), read: shareLink(href, { name: record.name, secret: record.owner.read }) }
    : null;
  const nameOk = name.trim().length > 0;

  const saveName = () => {
    if (!nameOk) return false;
    rememberDisplayName(name);
    onNameChange(name.trim());
    return true;
  };

  const copy = async (which: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(which);
    } catch {
      onError('无法写入剪贴板，请选中链接后按 Ctrl+C 复制。');
    }
  };

  const revoke = async (which: 'edit' | 'read') => {
    if (!record?.owner) return;
    try {
      const secret = await revokeLink(href, record.name, record.secret, which);
      rememberShare({ ...record, owner: { ...record.owner, [which]: secret } });
      setVersion((v) => v + 1);
      setCopied(which === 'edit' ? '已撤销旧的编辑链接，新链接如上。' : '已撤销旧的只读链接，新链接如上。');
    } catch (e) {
      onError(e instanceof Error ? e.message : '撤销失败。');
    }
  };

  return (
    <dialog ref={ref} className="dialog share-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{mode?.kind === 'join' ? '加入共享起草' : '共享起草'}</h2>
      <label htmlFor={`${id}-name`}>姓名</label>
      <input
        id={`${id}-name`}
        value={name}
        placeholder="如：张三·法制股"
        maxLength={40}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => {
          if (sharedName) saveName();
        }}
      />
      <p className="field-note">其他人会在光标旁和顶栏看到这个名字。本机会记住它。</p>
      {mode?.kind === 'share' && !sharedName ? (
        <p>共享后，此草稿移到协同服务器上，持有链接的同事可同时起草。编辑链接可修改，只读链接只能查看。本机保留一份副本，断网时也能继续写，联网后自动合并。</p>
      ) : null}
      {links ? (
        <div className="share-links">
          {LINK_KINDS.map(({ kind, label }) => (
            <Fragment key={kind}>
              <label htmlFor={`${id}-${kind}`}>{label}</label>
              <div className="share-link-row">
                <input id={`${id}-${kind}`} readOnly value={links[kind]} onFocus={(e) => e.target.select()} />
                <button type="button" onClick={() => void copy(`已复制${label}。`, links[kind])}>
                  复制{label}
                </button>
                <button type="button" onClick={() => void revoke(kind)}>
                  撤销{label}
                </button>
              </div>
            </Fragment>
          ))}
          <p className="field-note">链接中含有密钥，任何持有者都能打开此草稿，请只发给参与起草的同事。撤销后旧链接立即失效。</p>
        </div>
      ) : sharedName ? (
        <p>此草稿是通过链接打开的共享草稿。链接由共享它的同事管理。</p>
      ) : null}
      {copied ? <p role="status">{copied}</p> : null}
      <div className="dialog-actions">
        {mode?.kind === 'join' ? (
          <button type="button" className="primary" disabled={!nameOk} onClick={() => saveName() && onConfirm(name.trim())}>
            加入
          </button>
        ) : !sharedName ? (
          <button type="button" className="primary" disabled={!nameOk || busy} onClick={() => saveName() && onConfirm(name.trim())}>
            开始共享
          </button>
        ) : null}
        <button
          type="button"
          onClick={() => {
            if (sharedName) saveName();
            onClose();
          }}
        >
          {sharedName ? '完成' : '取消'}
        </button>
      </div>
    </dialog>
  );
}
