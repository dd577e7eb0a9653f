import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { useEditorState, type Editor } from '@tiptap/react';
import type { HeadingLevel } from '../model/schema.ts';
import { FIELD_LABELS, type FieldName } from '../model/fields.ts';

interface ToolbarState {
  block: 'paragraph' | 'heading' | 'reportTitle' | 'signoff' | 'other';
  level: HeadingLevel | null;
  runIn: boolean;
  bold: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

/** Pure selector: what the toolbar shows for the current selection. */
export function selectToolbarState(editor: Editor | null): ToolbarState {
  if (!editor) return { block: 'other', level: null, runIn: false, bold: false, canUndo: false, canRedo: false };
  const parent = editor.state.selection.$from.parent;
  const name = parent.type.name;
  const block = name === 'paragraph' || name === 'heading' || name === 'reportTitle' || name === 'signoff' ? name : 'other';
  return {
    block,
    level: block === 'heading' ? (parent.attrs.level as HeadingLevel) : null,
    runIn: block === 'heading' && Boolean(parent.attrs.runIn),
    bold: editor.isActive('bold'),
    // History depths, not editor.can(): that dry-runs the commands on every transaction.
    canUndo: undoDepth(editor.state) > 0 || sharedUndoDepth(editor, 'undoStack') > 0,
    canRedo: redoDepth(editor.state) > 0 || sharedUndoDepth(editor, 'redoStack') > 0,
  };
}

const BLOCK_OPTIONS = [
  { value: 'p', label: '正文' },
  { value: '1', label: '一级标题 一、' },
  { value: '2', label: '二级标题 （一）' },
  { value: '3', label: '三级标题 1.' },
  { value: '4', label: '四级标题 （1）' },
] as const;

const INSERTABLE_FIELDS: readonly FieldName[] = ['unit', 'year', 'nextYear', 'superior', 'date'];

export function Toolbar({ editor, readOnly }: { editor: Editor; readOnly: boolean }) {
  const state = useEditorState({ editor, selector: ({ editor: e }) => selectToolbarState(e) });
  const disabled = readOnly || state.block === 'reportTitle' || state.block === 'other';
  const blockValue = state.block === 'heading' ? String(state.level) : 'p';
  const chain = () => editor.chain().focus();

  return (
    <div className="toolbar" role="toolbar" aria-label="格式">
      <button type="button" onClick={() => chain().undo().run()} disabled={readOnly || !state.canUndo} title="撤销 (Ctrl+Z)">
        撤销
      </button>
      <button type="button" onClick={() => chain().redo().run()} disabled={readOnly || !state.canRedo} title="重做 (Ctrl+Y)">
        重做
      </button>
      <span className="sep" />
      <label className="block-select">
        <span className="visually-hidden">段落类型</span>
        <select
          aria-label="段落类型"
          value={blockValue}
          disabled={disabled}
          onChange={(e) => {
            const v = e.target.value;
            if (v === 'p') chain().setBodyParagraph().run();
            else
              chain()
                .setReportHeading(Number(v) as HeadingLevel)
                .run();
          }}
        >
          {BLOCK_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() => chain().shiftHeadingLevel(-1).run()}
        disabled={readOnly || state.block !== 'heading' || state.level === 1}
        title="标题升一级 (Shift+Tab)"
      >
        升级
      </button>
      <button
        type="button"
        onClick={() => chain().shiftHeadingLevel(1).run()}
        disabled={readOnly || state.block !== 'heading' || state.level === 4}
        title="标题降一级 (Tab)"
      >
        降级
      </button>
      <button
        type="button"
        aria-pressed={state.runIn}
        onClick={() => chain().toggleRunIn().run()}
        disabled={readOnly || state.block !== 'heading'}
        title="段首标题：标题句以“。”结束，后接正文"
      >
        段首标题
      </button>
      <button type="button" aria-pressed={state.bold} onClick={() => chain().toggleBold().run()} disabled={readOnly} title="加粗 (Ctrl+B)">
        加粗
      </button>
      <span className="sep" />
      <label className="block-select">
        <span className="visually-hidden">插入字段</span>
        <select
          aria-label="插入字段"
          value=""
          disabled={readOnly}
          onChange={(e) => {
            const name = e.target.value as FieldName;
            if (name) chain().insertField(name).run();
          }}
        >
          <option value="">插入字段…</option>
          {INSERTABLE_FIELDS.map((name) => (
            <option key={name} value={name}>
              {FIELD_LABELS[name]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** A shared draft's undo depth (the Yjs undo manager of y-tiptap's undo plugin, found by its key so this stays out of the main bundle). */
function sharedUndoDepth(editor: Editor, stack: 'undoStack' | 'redoStack'): number {
  const plugin = editor.state.plugins.find((p) => (p as unknown as { key: string }).key.startsWith('y-undo$'));
  const state = plugin?.getState(editor.state) as { undoManager?: Record<typeof stack, unknown[]> } | undefined;
  return state?.undoManager?.[stack].length ?? 0;
}
