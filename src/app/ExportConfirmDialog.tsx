import { useId } from 'react';
import { useModalDialog } from './useModalDialog.ts';
import { SEVERITY_LABELS, type CheckItem } from '../check/types.ts';

/** What the dialog lists: a completeness item, or an open 需修改 item of 校对 (proofExportItems.ts). */
export type ExportItem = Pick<CheckItem, 'id' | 'severity' | 'message'>;

/** 导出Word with open items: shows what is unfinished and lets the user export anyway or go back. */
export function ExportConfirmDialog({ items, onExport, onBack }: { items: readonly ExportItem[] | null; onExport: () => void; onBack: () => void }) {
  const ref = useModalDialog(items !== null);
  const id = useId();
  const errors = items?.filter((i) => i.severity === 'error').length ?? 0;
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-title`} onClose={() => items && onBack()}>
      <h2 id={`${id}-title`}>报告还有未完成的地方</h2>
      <p>
        检查发现 {items?.length ?? 0} 项待处理，其中 {errors} 项需要修改。可以先返回修改，也可以仍然导出。
      </p>
      <ul className="check-list compact">
        {items?.slice(0, 30).map((item) => (
          <li key={item.id} className={`check-item ${item.severity}`}>
            <span className="sev">{SEVERITY_LABELS[item.severity]}</span>
            {item.message}
          </li>
        ))}
      </ul>
      {items && items.length > 30 ? <p className="muted">……另有 {items.length - 30} 项，见“检查”面板。</p> : null}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onBack}>
          返回修改
        </button>
        <button type="button" onClick={onExport}>
          仍然导出
        </button>
      </div>
    </dialog>
  );
}
