import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { EditClearsMarks } from './editClearsMarks.ts';
import { FieldNode } from './fieldNode.ts';
import { FlagMark } from './flagMark.ts';
import { OutlineDecorations } from './outlineDecorations.ts';
import { PasteCleanup } from './pasteCleanup.ts';
import { ReportDocument } from './reportDocument.ts';
import { ReportHeading } from './reportHeading.ts';
import { ReportParagraph } from './reportParagraph.ts';
import { ReportTitle } from './reportTitle.ts';
import { Signoff } from './signoff.ts';
import { SourceMark } from './sourceMark.ts';

/**
 * The report schema: title, headings 1–4 (standalone or run-in), body paragraphs, sign-off lines,
 * inline fields, bold, hard breaks; plus undo/redo. Everything else StarterKit offers is off, so
 * pasted content is reduced to what an official report may contain.
 */
export function reportExtensions(): Extensions {
  return [
    StarterKit.configure({
      document: false,
      paragraph: false,
      heading: false,
      blockquote: false,
      bulletList: false,
      orderedList: false,
      listItem: false,
      listKeymap: false,
      codeBlock: false,
      code: false,
      horizontalRule: false,
      italic: false,
      strike: false,
      underline: false,
      link: false,
      trailingNode: false,
    }),
    ReportDocument,
    ReportParagraph,
    ReportTitle,
    ReportHeading,
    Signoff,
    FieldNode,
    FlagMark,
    SourceMark,
    OutlineDecorations,
    EditClearsMarks,
    PasteCleanup,
  ];
}
