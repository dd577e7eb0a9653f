import type { SessionSnapshot } from '../../collab/session.ts';

const STATUS_TEXT = { synced: '已同步', syncing: '正在同步…', offline: '未连接' } as const;

/**
 * The top bar's part of a shared draft: who is here (names in their caret colours) and the honest
 * sync status — 已同步 only when the server has acknowledged every change made here; 未连接 when
 * it cannot be reached (edits are kept on this PC and merge when it returns).
 */
export function CollabBar({ snapshot }: { snapshot: SessionSnapshot }) {
  const title = snapshot.status === 'offline' ? '无法连接协同服务器。修改已保存在本机，恢复连接后自动合并。' : undefined;
  return (
    <div className="collab-bar">
      <ul className="collab-peers" aria-label="在线成员">
        {snapshot.peers.map((p) => (
          <li key={p.clientId} style={{ borderColor: p.color, color: p.color }}>
            {p.name}
            {p.self ? '（我）' : ''}
          </li>
        ))}
      </ul>
      <span className="collab-status" role="status" data-collab-status={snapshot.status} title={title}>
        {STATUS_TEXT[snapshot.status]}
      </span>
    </div>
  );
}
