/**
 * The message after 恢复 (issue 19: restore keeps what it can, and says what it changed): how many
 * drafts and examples were restored, which drafts had parts turned into plain text and why, which
 * were in the file twice, and what could not be restored at all.
 */
import type { BackupNote, BackupSkip } from '../storage/backup.ts';

export interface RestoreOutcome {
  readonly drafts: number;
  readonly library: number;
  readonly repaired: readonly BackupNote[];
  readonly duplicates: readonly BackupNote[];
  readonly skipped: readonly BackupSkip[];
}

const quoted = (label: string, fallback: string) => (label ? `“${label}”` : fallback);

export function restoreMessage(o: RestoreOutcome): string {
  const parts = [`已恢复 ${o.drafts} 份草稿、${o.library} 篇范文。`];
  for (const r of o.repaired) parts.push(`草稿${quoted(r.label, '')}中${r.note}，其余内容照原样恢复。`);
  for (const d of o.duplicates) parts.push(`${d.note}。`);
  if (o.skipped.length) {
    const items = o.skipped.map((s) => `${quoted(s.label, `第${s.index + 1}${s.kind === 'draft' ? '份草稿' : '篇范文'}`)}：${s.reason.replace(/。$/, '')}`);
    parts.push(`未能恢复 ${o.skipped.length} 项——${items.join('；')}。`);
  }
  return parts.join('');
}
