import { useState } from 'react';
import type { DraftSummary } from '../storage/db.ts';

/**
 * Chooses last year's report: one of 我的草稿 (a select and a button) or a .docx through the
 * browser's file picker. Used by 新建报告 → 从去年的报告开始 and by 去年打算 (设置/更换去年报告).
 */
export function PreviousPicker({
  drafts,
  excludeId,
  actionLabel,
  disabled,
  onDraft,
  onFile,
}: {
  drafts: readonly DraftSummary[];
  /** The open draft, which cannot be its own last year's report. */
  excludeId?: string | null;
  actionLabel: string;
  disabled?: boolean;
  onDraft: (id: string) => void;
  onFile: () => void;
}) {
  const choices = drafts.filter((d) => !d.damaged && d.id !== excludeId);
  const [chosen, setChosen] = useState('');
  const value = choices.some((d) => d.id === chosen) ? chosen : (choices[0]?.id ?? '');
  return (
    <div className="previous-picker">
      <button type="button" onClick={onFile} disabled={disabled}>
        选择去年报告的Word文件…
      </button>
      {choices.length ? (
        <div className="row">
          <label>
            或从我的草稿中选择
            <select value={value} onChange={(e) => setChosen(e.target.value)} disabled={disabled}>
              {choices.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => value && onDraft(value)} disabled={disabled || !value}>
            {actionLabel}
          </button>
        </div>
      ) : (
        <p className="muted">“我的草稿”中没有其他草稿可选。</p>
      )}
    </div>
  );
}
