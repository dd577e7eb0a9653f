import type { Editor } from '@tiptap/react';
import { useEffect, useMemo, useState } from 'react';
import { editorDoc } from '../editor/editorDoc.ts';
import { blockStart } from '../editor/blockPositions.ts';
import type { ReportFields } from '../model/fields.ts';
import type { PreviousReport } from '../model/previous.ts';
import type { DraftSummary } from '../storage/db.ts';
import { answerBlocksFor, answerPlacement } from '../yearly/answerPlacement.ts';
import { matchPlans, paragraphKey, type PlanStatus } from '../yearly/match.ts';
import type { PlanItem } from '../yearly/plans.ts';
import { previousIndex } from '../yearly/previousIndex.ts';
import { blockText } from '../yearly/text.ts';
import { onEditorRest } from './editorRest.ts';
import { PreviousPicker } from './PreviousPicker.tsx';

/** Moves the cursor to the start of top-level block `index` and shows it. */
export function jumpToBlock(editor: Editor, index: number): void {
  const doc = editor.state.doc;
  if (index < 0 || index >= doc.childCount) return;
  let start = 0;
  for (let i = 0; i < index; i++) start += doc.child(i).nodeSize;
  editor
    .chain()
    .focus()
    .setTextSelection(start + 1)
    .scrollIntoView()
    .run();
  const dom = editor.view.nodeDOM(start);
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'center' });
}

/** The plans' status, recomputed when typing pauses. */
function usePlanStatus(editor: Editor | null, previous: PreviousReport | null, fields: ReportFields): PlanStatus[] | null {
  const [status, setStatus] = useState<PlanStatus[] | null>(null);
  useEffect(() => {
    if (!editor || !previous) return;
    const run = () => setStatus(matchPlans(previousIndex(previous.doc).plans, editorDoc(editor), previous.links, fields));
    run();
    return onEditorRest(editor, ['update'], 300, run).dispose;
  }, [editor, previous, fields]);
  return previous ? status : null;
}

/** The top-level block the cursor is in (1 or more), when it is a paragraph or heading. */
function cursorBlock(editor: Editor): { index: number; text: string } | null {
  const $pos = editor.state.doc.resolve(editor.state.selection.from);
  const index = $pos.index(0);
  const node = editorDoc(editor).content[index];
  if (!node || index === 0 || (node.type !== 'paragraph' && node.type !== 'heading')) return null;
  const text = blockText(node);
  return text.trim() ? { index, text } : null;
}

/**
 * 去年打算: last year's plan items, each answered or not by this year's 工作开展情况; jump to the
 * answer, 插入对应段落, or link/unlink a plan and a paragraph by hand (kept with the draft).
 */
export function PlansPanel({
  editor,
  fields,
  previous,
  drafts,
  draftId,
  readOnly,
  busy,
  onPickDraft,
  onPickFile,
  onChange,
}: {
  editor: Editor | null;
  fields: ReportFields;
  previous: PreviousReport | null;
  drafts: readonly DraftSummary[];
  draftId: string | null;
  readOnly: boolean;
  busy: boolean;
  onPickDraft: (id: string) => void;
  onPickFile: () => void;
  onChange: (previous: PreviousReport | null) => void;
}) {
  const status = usePlanStatus(editor, previous, fields);
  const [changing, setChanging] = useState(false);
  const [message, setMessage] = useState('');
  const answered = useMemo(() => status?.filter((s) => s.answered).length ?? 0, [status]);

  const setLink = (plan: PlanItem, value: string | null | undefined) => {
    if (!previous) return;
    const links = { ...previous.links };
    if (value === undefined) delete links[plan.id];
    else links[plan.id] = value;
    onChange({ ...previous, links });
  };
  const linkToCursor = (plan: PlanItem) => {
    if (!editor) return;
    const block = cursorBlock(editor);
    if (!block) {
      setMessage('请先把光标放在今年“工作开展情况”中回应这项计划的段落里，再点“关联到光标所在段落”。');
      return;
    }
    setMessage('');
    setLink(plan, paragraphKey(block.text));
  };
  const insertAnswer = (plan: PlanItem) => {
    if (!editor) return;
    const point = answerPlacement(editorDoc(editor));
    // The answer goes after the block answerPlacement chose: a position inside that block.
    editor
      .chain()
      .insertReportBlocks(answerBlocksFor(plan), blockStart(editor.state.doc, point.index) + 1)
      .focus()
      .run();
  };

  return (
    <section aria-label="去年打算" className="plans-panel">
      <h2 className="panel-title">去年打算</h2>
      {!previous || changing ? (
        <div>
          <p className="muted">
            {previous ? '更换去年报告：' : '尚未设置去年报告。设置后，这里列出去年“下一年度工作打算”中的每项计划，并标出今年的工作开展情况是否已回应。'}
          </p>
          <PreviousPicker
            drafts={drafts}
            excludeId={draftId}
            actionLabel="设为去年报告"
            disabled={readOnly || busy}
            onDraft={(id) => {
              setChanging(false);
              onPickDraft(id);
            }}
            onFile={() => {
              setChanging(false);
              onPickFile();
            }}
          />
          {changing ? (
            <button type="button" onClick={() => setChanging(false)}>
              取消更换
            </button>
          ) : null}
        </div>
      ) : (
        <>
          <p className="previous-name">
            去年报告：{previous.name}
            {previous.year ? `（${previous.year}年）` : ''}
          </p>
          <div className="row">
            <button type="button" onClick={() => setChanging(true)} disabled={readOnly}>
              更换去年报告
            </button>
            <button type="button" onClick={() => onChange(null)} disabled={readOnly}>
              移除去年报告
            </button>
          </div>
          {status === null ? (
            <p role="status">正在对照…</p>
          ) : status.length === 0 ? (
            <p role="status">去年报告中没有找到“下一年度工作打算”部分的计划条目。</p>
          ) : (
            <>
              <p role="status" className="plans-summary">
                去年计划 {status.length} 项，今年已回应 {answered} 项，未回应 {status.length - answered} 项。
              </p>
              {message ? (
                <p role="alert" className="plans-message">
                  {message}
                </p>
              ) : null}
              <ul className="plans-list">
                {status.map((s) => (
                  <li key={s.plan.id} className={`plan-item ${s.answered ? 'answered' : 'open'}`} aria-label={s.plan.text}>
                    <span className="plan-state">
                      {s.answered ? (s.how === 'linked' ? '已回应（手动关联）' : '已回应') : s.how === 'unlinked' ? '未回应（已取消关联）' : '未回应'}
                    </span>
                    {s.answered ? (
                      <button
                        type="button"
                        className="plan-text"
                        title="跳到回应这项计划的段落"
                        onClick={() => editor && s.blockIndex !== null && jumpToBlock(editor, s.blockIndex)}
                      >
                        {s.plan.text}
                      </button>
                    ) : (
                      <span className="plan-text">{s.plan.text}</span>
                    )}
                    <div className="plan-actions">
                      {!s.answered ? (
                        <button type="button" onClick={() => insertAnswer(s.plan)} disabled={readOnly}>
                          插入对应段落
                        </button>
                      ) : null}
                      <button type="button" onClick={() => linkToCursor(s.plan)} disabled={readOnly}>
                        关联到光标所在段落
                      </button>
                      {s.answered ? (
                        <button type="button" onClick={() => setLink(s.plan, null)} disabled={readOnly}>
                          取消关联
                        </button>
                      ) : null}
                      {s.how === 'unlinked' || s.how === 'linked' ? (
                        <button type="button" onClick={() => setLink(s.plan, undefined)} disabled={readOnly}>
                          恢复自动对照
                        </button>
                      ) : null}
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
