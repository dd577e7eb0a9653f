import type { Extensions } from '@tiptap/core';
import Bold from '@tiptap/extension-bold';
import HardBreak from '@tiptap/extension-hard-break';
import Text from '@tiptap/extension-text';
import { Dropcursor, Gapcursor, UndoRedo } from '@tiptap/extensions';
import { EditClearsMarks } from './editClearsMarks.ts';
import { FieldNode } from './fieldNode.ts';
import { FlagMark } from './flagMark.ts';
import { OutlineDecorations } from './outlineDecorations.ts';
import { PasteCleanup } from './pasteCleanup.ts';
import { ProofMarks } from './proofMarks.ts';
import { ReportDocument } from './reportDocument.ts';
import { ReportHeading } from './reportHeading.ts';
import { ReportCommands } from './reportCommands.ts';
import { ReportParagraph } from './reportParagraph.ts';
import { ReportTable, ReportTableCell, ReportTableHeader, ReportTableKeys, ReportTableRow } from './reportTable.ts';
import { ReportTitle } from './reportTitle.ts';
import { SelectionSync } from './selectionSync.ts';
import { Signoff } from './signoff.ts';
import { SourceMark } from './sourceMark.ts';
import { TitleBreak } from './titleBreak.ts';

/**
 * The report schema: title, headings 1–4 (standalone or run-in), body paragraphs, sign-off lines,
 * tables (reportTable.ts), inline fields, bold, hard breaks; a long title's line break; plus undo/redo, drop and gap
 * cursors. Pasted content is reduced to what an official report may contain.
 *
 * These are the StarterKit extensions the report uses, imported one by one: StarterKit's bundle
 * pulls in every extension it offers (lists, links and linkify, code blocks…) even when they are
 * switched off — about 50 KB of minified JS the report never runs.
 */
export function reportExtensions(): Extensions {
  return [
    Text,
    Bold,
    HardBreak,
    UndoRedo,
    Dropcursor,
    Gapcursor,
    ReportDocument,
    ReportParagraph,
    ReportTitle,
    ReportHeading,
    Signoff,
    ReportTable,
    ReportTableRow,
    ReportTableCell,
    ReportTableHeader,
    ReportTableKeys,
    FieldNode,
    TitleBreak,
    FlagMark,
    SourceMark,
    OutlineDecorations,
    ProofMarks,
    EditClearsMarks,
    PasteCleanup,
    SelectionSync,
    ReportCommands,
  ];
}
