import type { Editor } from '@tiptap/core';
import type { ReportDoc } from '../model/schema.ts';

/** The editor's document as report JSON. The schema (extensions/) guarantees the shape. */
export function editorDoc(editor: Editor): ReportDoc {
  return editor.getJSON() as unknown as ReportDoc;
}
