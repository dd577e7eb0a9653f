import { useEffect, useId, useState } from 'react';
import type { ReportFields } from '../model/fields.ts';
import type { PreviousReport } from '../model/previous.ts';
import type { ReportDoc } from '../model/schema.ts';
import type { PartDiff } from '../yearly/compare.ts';
import { useModalDialog } from './useModalDialog.ts';

function Column({ diff, side }: { diff: PartDiff; side: 'before' | 'after' }) {
  const hidden = side === 'before' ? 'added' : 'removed';
  return (
    <div className={`compare-col ${side}`}>
      {diff.segments
        .filter((s) => s.kind !== hidden)
        .flatMap((s, i) =>
          (side === 'before' && s.previous ? s.previous : s.sentences).map((text, k) =>
            s.kind === 'added' ? (
              <ins key={`${i}-${k}`} title="今年新增">
                {text}
              </ins>
            ) : s.kind === 'removed' ? (
              <del key={`${i}-${k}`} title="今年已删去">
                {text}
              </del>
            ) : (
              <span key={`${i}-${k}`} className="same">
                {text}
              </span>
            ),
          ),
        )}
    </div>
  );
}

/**
 * 对比去年: this year's draft beside last year's report, part by part, sentence by sentence —
 * sentences added this year marked 新增, sentences of last year gone marked 删去, with counts.
 */
export function CompareDialog({
  open,
  readDoc,
  fields,
  previous,
  onClose,
}: {
  open: boolean;
  /** This year's document, read when the dialog opens. */
  readDoc: () => ReportDoc | null;
  fields: ReportFields;
  previous: PreviousReport | null;
  onClose: () => void;
}) {
  const ref = useModalDialog(open);
  const id = useId();
  // The diff library loads when the dialog first opens (it stays out of the initial bundle).
  const [diff, setDiff] = useState<PartDiff[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const doc = open ? readDoc() : null;
    if (!doc || !previous) return;
    let cancelled = false;
    import('../yearly/compare.ts').then(
      ({ compareReports }) => !cancelled && setDiff(compareReports(doc, previous.doc, fields)),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
      setDiff(null);
      setFailed(false);
    };
    // readDoc is read once per opening, not followed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, previous, fields]);
  return (
    <dialog ref={ref} className="dialog compare-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className="dialog-head">
        <h2 id={`${id}-title`}>对比去年</h2>
        <span className="muted">{previous ? `去年报告：${previous.name}` : ''}</span>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            关闭
          </button>
        </div>
      </div>
      {failed ? (
        <p role="alert">无法载入对比功能，请刷新页面后重试。</p>
      ) : diff === null ? (
        <p role="status">正在对比…</p>
      ) : diff.length === 0 ? (
        <p role="status">两份报告都没有正文可对比。</p>
      ) : (
        <>
          <p className="muted">
            按部分逐句对比：<ins>新增</ins>为今年新写的句子，<del>删去</del>为去年有、今年没有的句子，其余为两年相同的句子（只改了年份的句子算相同）。
          </p>
          {diff.map((d) => (
            <section key={d.part} className="compare-part" aria-label={d.label}>
              <h3>
                {d.label}
                <span className="compare-counts">
                  新增 {d.counts.added} 句 · 删去 {d.counts.removed} 句 · 相同 {d.counts.same} 句
                </span>
              </h3>
              <div className="compare-cols">
                <div>
                  <h4>去年</h4>
                  <Column diff={d} side="before" />
                </div>
                <div>
                  <h4>今年</h4>
                  <Column diff={d} side="after" />
                </div>
              </div>
            </section>
          ))}
        </>
      )}
    </dialog>
  );
}
