import { useId, useState } from 'react';
import { useModalDialog } from './useModalDialog.ts';
import type { Draft } from '../model/draft.ts';
import { assertBackupSize, parseBackup, planMerge, resolveConflict, type BackupNote, type BackupSkip, type ConflictChoice } from '../storage/backup.ts';
import type { LibraryReport } from '../storage/restore.ts';
import { asLocalCopy } from '../collab/restoreCopy.ts';

export interface RestorePlan {
  readonly fileName: string;
  /** Drafts not stored yet. */
  readonly add: readonly Draft[];
  /** Same id, different content: the user decides each. */
  readonly conflicts: ReadonlyArray<{ readonly existing: Draft; readonly incoming: Draft }>;
  /** Library reports to write (new or changed; a changed one replaces the stored copy). */
  readonly library: readonly LibraryReport[];
  readonly skipped: readonly BackupSkip[];
  /** Drafts restored with unreadable parts turned into plain text; drafts the file held twice. */
  readonly repaired: readonly BackupNote[];
  readonly duplicates: readonly BackupNote[];
}

/** Reads and checks a backup file and sorts it against what is stored. Throws BackupError (Chinese). */
export async function planRestore(file: File, stored: readonly Draft[], library: readonly LibraryReport[]): Promise<RestorePlan> {
  // The size first: reading a huge file would freeze the page.
  assertBackupSize(file.size);
  const parsed = parseBackup(await file.text());
  // A shared draft in the backup comes back as a local copy (src/collab/restoreCopy.ts).
  const drafts = planMerge(stored, parsed.drafts.map(asLocalCopy));
  const reports = planMerge(library, parsed.library);
  return {
    fileName: file.name,
    add: drafts.add,
    conflicts: drafts.conflicts,
    library: [...reports.add, ...reports.conflicts.map((c) => c.incoming)],
    skipped: parsed.skipped,
    repaired: parsed.repaired,
    duplicates: parsed.duplicates,
  };
}

const CHOICES: ReadonlyArray<{ value: ConflictChoice; label: string }> = [
  { value: 'copy', label: '另存为副本' },
  { value: 'keep', label: '保留现有' },
  { value: 'replace', label: '用备份替换' },
];

/** Asks, for each draft whose id is already stored with other content, what to do. Nothing is overwritten silently. */
export function RestoreDialog({
  plan,
  onCancel,
  onConfirm,
}: {
  plan: RestorePlan | null;
  onCancel: () => void;
  onConfirm: (resolved: Array<{ draft: Draft; overwrite: boolean }>) => void;
}) {
  const ref = useModalDialog(plan !== null);
  const id = useId();
  // Choices belong to one restore: keyed by the plan they were made for.
  const [picked, setPicked] = useState<{ plan: RestorePlan | null; choices: Record<string, ConflictChoice> }>({ plan: null, choices: {} });
  const choices = picked.plan === plan ? picked.choices : {};
  const setChoices = (next: Record<string, ConflictChoice>) => setPicked({ plan, choices: next });

  const confirm = () => {
    if (!plan) return;
    const resolved = plan.conflicts.flatMap((c) => {
      const r = resolveConflict(choices[c.incoming.id] ?? 'copy', c);
      return r ? [{ draft: r.draft, overwrite: r.overwrite }] : [];
    });
    onConfirm(resolved);
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-title`} onClose={() => plan && onCancel()}>
      <h2 id={`${id}-title`}>恢复备份</h2>
      <p>
        “{plan?.fileName}”中有 {plan?.conflicts.length ?? 0} 份草稿与本机已有的草稿同名同编号但内容不同。请逐一选择处理方式（另有 {plan?.add.length ?? 0}{' '}
        份新草稿将直接恢复）。
      </p>
      <ul className="conflicts">
        {plan?.conflicts.map((c) => (
          <li key={c.incoming.id}>
            <span>
              {c.incoming.name}
              <span className="muted">
                （本机：{new Date(c.existing.updatedAt).toLocaleString('zh-CN')}；备份：{new Date(c.incoming.updatedAt).toLocaleString('zh-CN')}）
              </span>
            </span>
            <select
              aria-label={`处理方式：${c.incoming.name}`}
              value={choices[c.incoming.id] ?? 'copy'}
              onChange={(e) => setChoices({ ...choices, [c.incoming.id]: e.target.value as ConflictChoice })}
            >
              {CHOICES.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          取消
        </button>
        <button type="button" className="primary" onClick={confirm}>
          恢复
        </button>
      </div>
    </dialog>
  );
}
