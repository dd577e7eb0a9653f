import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { checkDraft } from '../check/checkDraft.ts';
import { SEVERITY_LABELS, type CheckItem, type CheckResult } from '../check/types.ts';
import type { PreviousReport } from '../model/previous.ts';
import { editorDoc } from '../editor/editorDoc.ts';
import type { ReportFields } from '../model/fields.ts';
import { PART_LABELS, REPORT_PARTS } from '../model/part.ts';
import { onEditorRest } from './editorRest.ts';

/** Runs the completeness check on the editor's document, again after edits pause. */
export function useCheck(editor: Editor | null, fields: ReportFields, active: boolean, previous: PreviousReport | null = null): CheckResult | null {
  const [result, setResult] = useState<CheckResult | null>(null);
  useEffect(() => {
    if (!editor || !active) return;
    const run = () => setResult(checkDraft(editorDoc(editor), fields, previous));
    run();
    return onEditorRest(editor, ['update'], 400, run).dispose;
  }, [editor, fields, active, previous]);
  return active ? result : null;
}

/** Moves the cursor to a check item's place (the block, or the span inside it) and shows it. */
export function jumpToItem(editor: Editor, item: CheckItem, focusField: (name: NonNullable<CheckItem['field']>) => void): void {
  if (item.blockIndex === null) {
    if (item.field) focusField(item.field);
    return;
  }
  if (item.blockIndex >= editor.state.doc.childCount) return;
  editor.commands.selectInBlock(item.blockIndex, item.from ?? 0, item.to);
}

export function CheckList({ result, onJump }: { result: CheckResult; onJump: (item: CheckItem) => void }) {
  const errors = result.items.filter((i) => i.severity === 'error').length;
  return (
    <div className="check">
      <p className="check-summary" role="status">
        {result.items.length === 0 ? '未发现问题。' : `发现 ${result.items.length} 项待处理（其中 ${errors} 项必须修改）。`}
      </p>
      <ul className="check-list">
        {result.items.map((item) => (
          <li key={item.id} className={`check-item ${item.severity}`}>
            <button type="button" onClick={() => onJump(item)}>
              <span className="sev">{SEVERITY_LABELS[item.severity]}</span>
              {item.message}
            </button>
          </li>
        ))}
      </ul>
      <table className="counts">
        <caption>字数统计（不计空格）</caption>
        <tbody>
          {REPORT_PARTS.map((p) => (
            <tr key={p}>
              <th scope="row">{PART_LABELS[p]}</th>
              <td>{result.counts.byPart[p]}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">全文</th>
            <td>{result.counts.total}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
