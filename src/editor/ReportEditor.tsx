import type { Extensions } from '@tiptap/core';
import { useEditor, type Editor } from '@tiptap/react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ReportFields } from '../model/fields.ts';
import type { ReportDoc } from '../model/schema.ts';
import { reportExtensions } from './extensions/index.ts';
import { applyFields } from './extensions/fieldNode.ts';
import { setPasteRejectHandler } from './extensions/pasteCleanup.ts';
import { mountPageRules } from './pageRules.ts';

export interface ReportEditorProps {
  /** Where the sheet goes: a plain element with no React container above it (see app/shell.ts). */
  readonly host: HTMLElement;
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
  /** A shared draft: the collaboration extensions (src/collab); the text comes from them, not `initialDoc`, and their undo replaces the local one. */
  readonly collabExtensions?: Extensions;
}

/**
 * The one editor of the page: an isolated TipTap instance that owns the document. It does not
 * re-render React on transactions; panels read it through `useEditorState` or events. It renders
 * no React DOM: its sheet (`.paper`, the editor inside) is a plain element it puts into `host`, so
 * that React's event system never sees the editor's keystrokes (app/shell.ts).
 */
export function ReportEditor({
  host,
  initialDoc,
  fields,
  draftId,
  editable = true,
  onReady,
  onDestroy,
  onChange,
  onNotice,
  collabExtensions,
}: ReportEditorProps) {
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
    extensions: collabExtensions ? [...reportExtensions().filter((e) => e.name !== 'undoRedo'), ...collabExtensions] : reportExtensions(),
    content: collabExtensions ? undefined : initialDoc,
    editable,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    // TipTap's `delete` core extension diffs every transaction (in a timer task per keystroke) to
    // emit `delete` events; nothing here listens to them.
    enableCoreExtensions: { delete: false },
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

  const [paper] = useState(createPaper);
  useLayoutEffect(() => markDraft(paper, draftId), [paper, draftId]);
  useLayoutEffect(() => mountPageRules(paper), [paper]);

  // Put the view into the sheet and the sheet into the page (what TipTap's EditorContent does,
  // minus the React wrapper and its portals for React node views, which this editor has none of).
  // A layout effect, so the view is in the page before the effects below hand it to the app.
  useLayoutEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const view = editor.view;
    if (view.dom.parentNode !== paper) {
      paper.append(view.dom);
      view.updateRoot();
      editor.setOptions({ element: paper });
    }
    host.append(paper);
    return () => paper.remove();
  }, [editor, host, paper]);

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

  return null;
}

/** `data-draft-id` on the sheet tells tests and tools which draft is open. */
function markDraft(paper: HTMLElement, draftId: string | undefined): void {
  if (draftId) paper.dataset.draftId = draftId;
  else delete paper.dataset.draftId;
}

function createPaper(): HTMLDivElement {
  const paper = document.createElement('div');
  paper.className = 'paper';
  paper.dataset.testid = 'paper';
  return paper;
}
