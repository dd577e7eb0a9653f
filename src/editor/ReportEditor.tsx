import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import type { ReportFields } from '../model/fields.ts';
import type { ReportDoc } from '../model/schema.ts';
import { reportExtensions } from './extensions/index.ts';
import { applyFields } from './extensions/fieldNode.ts';
import { setPasteRejectHandler } from './extensions/pasteCleanup.ts';

export interface ReportEditorProps {
  /** Content the editor starts with. Later changes come from the editor itself (remount to replace). */
  readonly initialDoc: ReportDoc;
  readonly fields: ReportFields;
  readonly editable?: boolean;
  /** Shown as `data-draft-id` on the paper, so tests and tools can tell which draft is open. */
  readonly draftId?: string;
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
export function ReportEditor({ initialDoc, fields, draftId, editable = true, onReady, onDestroy, onChange, onNotice }: ReportEditorProps) {
  // Callbacks through refs: the editor is created once, the parent's handlers may change.
  const onChangeRef = useRef(onChange);
  const onReadyRef = useRef(onReady);
  const onDestroyRef = useRef(onDestroy);
  useEffect(() => {
    onDestroyRef.current = onDestroy;
    onChangeRef.current = onChange;
    onReadyRef.current = onReady;
  });
  const editor = useEditor({
    extensions: reportExtensions(),
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
    onUpdate: ({ editor }) => onChangeRef.current?.(editor),
  });

  // Report the editor React actually mounted (not one from an `onCreate`: React may construct and
  // discard instances, e.g. in StrictMode). Child effects run first, so its view is mounted here.
  useEffect(() => {
    if (!editor) return;
    onReadyRef.current?.(editor);
    return () => onDestroyRef.current?.(editor);
  }, [editor]);

  useEffect(() => {
    if (!editor) return;
    applyFields(editor, fields);
    // If the view mounts after this effect, paint the fields then.
    const repaint = () => applyFields(editor, fields);
    editor.on('mount', repaint);
    return () => {
      editor.off('mount', repaint);
    };
  }, [editor, fields]);

  useEffect(() => {
    if (editor) setPasteRejectHandler(editor, onNotice ?? null);
  }, [editor, onNotice]);

  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  return (
    <div className="paper" data-testid="paper" data-draft-id={draftId}>
      <EditorContent editor={editor} />
    </div>
  );
}
