import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import type { ReportFields } from '../model/fields.ts';
import type { ReportDoc } from '../model/schema.ts';
import { reportExtensions } from './extensions/index.ts';
import { refreshFields } from './extensions/fieldNode.ts';

export interface ReportEditorProps {
  /** Content the editor starts with. Later changes come from the editor itself (remount to replace). */
  readonly initialDoc: ReportDoc;
  readonly fields: ReportFields;
  readonly editable?: boolean;
  readonly onReady?: (editor: Editor) => void;
  /** The editor is gone (another draft opened). Destruction is deferred, so it may come after the next editor's onReady. */
  readonly onDestroy?: (editor: Editor) => void;
  /** Called after every document change; keep it cheap (schedule work, do not serialise here). */
  readonly onChange?: (editor: Editor) => void;
  /** Told (in Chinese) when the editor refuses an input, e.g. an oversize paste. */
  readonly onNotice?: (message: string) => void;
}

/**
 * The one editor of the page: an isolated TipTap instance that owns the document. It does not
 * re-render React on transactions; panels read it through `useEditorState` or events.
 */
export function ReportEditor({ initialDoc, fields, editable = true, onReady, onDestroy, onChange, onNotice }: ReportEditorProps) {
  // Callbacks through refs: the editor is created once, the parent's handlers may change.
  const onChangeRef = useRef(onChange);
  const onReadyRef = useRef(onReady);
  const onNoticeRef = useRef(onNotice);
  const onDestroyRef = useRef(onDestroy);
  useEffect(() => {
    onDestroyRef.current = onDestroy;
    onChangeRef.current = onChange;
    onReadyRef.current = onReady;
    onNoticeRef.current = onNotice;
  });
  const editor = useEditor({
    extensions: reportExtensions({ onReject: (message) => onNoticeRef.current?.(message) }),
    content: initialDoc,
    editable,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: 'paper-body',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': '报告正文',
        spellcheck: 'false',
      },
    },
    onCreate: ({ editor }) => {
      editor.storage.field.fields = fields;
      refreshFields(editor.view.dom, fields);
      editor.on('destroy', () => onDestroyRef.current?.(editor));
      onReadyRef.current?.(editor);
    },
    onUpdate: ({ editor }) => onChangeRef.current?.(editor),
  });

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.storage.field.fields = fields;
    refreshFields(editor.view.dom, fields);
  }, [editor, fields]);

  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  return (
    <div className="paper" data-testid="paper">
      <EditorContent editor={editor} />
    </div>
  );
}
