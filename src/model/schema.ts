/**
 * The report document as TipTap/ProseMirror JSON — the one format passed between the template
 * loader, the editor, storage and the .docx export. Node and mark names here are the schema's
 * (see src/editor/extensions); the export maps exactly these names.
 *
 *   doc        := reportTitle block+
 *   block      := heading | paragraph | signoff | table
 *   reportTitle:= inline*           (title, 二号 小标宋, centred)
 *   heading    := inline*           attrs { level 1–4, runIn, part }
 *   paragraph  := inline*           attrs { hint }   (body text)
 *   signoff    := inline*           attrs { role: 'unit' | 'date' }
 *   inline     := text (marks: bold, flag, source) | field { name } | hardBreak
 *   table      := tableRow+;  tableRow := (tableHeader | tableCell)+;  cell := paragraph+
 *                 (a statistics table from a Word file or a paste; the export sets it smaller, header row in 黑体)
 *
 * A run-in heading (`runIn: true`) is one paragraph whose lead sentence — up to and including
 * its first 。 — is the heading phrase; the rest is body text (GB/T 9704 house practice).
 * Numbering (一、/（一）/1./（1）) is never stored: it is computed from the heading levels.
 */
import type { FieldName } from './fields.ts';
import type { Part } from './part.ts';

export const NODE_NAMES = [
  'doc',
  'reportTitle',
  'heading',
  'paragraph',
  'signoff',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
  'text',
  'field',
  'hardBreak',
] as const;
export type NodeName = (typeof NODE_NAMES)[number];

export const MARK_NAMES = ['bold', 'flag', 'source'] as const;
export type MarkName = (typeof MARK_NAMES)[number];

export type HeadingLevel = 1 | 2 | 3 | 4;
export const HEADING_LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4];

/** Why a span of inserted example text is flagged for the user to check. Never exported. */
/** `stale`: a figure carried over from last year's report (年度接续) that must be updated. */
export const FLAG_KINDS = ['blank', 'unit', 'name', 'self', 'figure', 'stale'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export interface BoldMark {
  type: 'bold';
}
export interface FlagMark {
  type: 'flag';
  attrs: { kind: FlagKind };
}
export interface SourceMark {
  type: 'source';
  attrs: { report: string; heading: string };
}
export type ReportMark = BoldMark | FlagMark | SourceMark;

export interface TextNode {
  type: 'text';
  text: string;
  marks?: ReportMark[];
}
export interface FieldNode {
  type: 'field';
  attrs: { name: FieldName };
}
export interface HardBreakNode {
  type: 'hardBreak';
}
export type InlineNode = TextNode | FieldNode | HardBreakNode;

export interface TitleNode {
  type: 'reportTitle';
  content?: InlineNode[];
}
export interface HeadingNode {
  type: 'heading';
  attrs: { level: HeadingLevel; runIn: boolean; part: Part | null };
  content?: InlineNode[];
}
export interface ParagraphNode {
  type: 'paragraph';
  /** `hint` is template guidance shown greyed while the paragraph is empty; never exported. */
  attrs?: { hint?: string | null };
  content?: InlineNode[];
}
export interface SignoffNode {
  type: 'signoff';
  attrs: { role: 'unit' | 'date' };
  content?: InlineNode[];
}
export interface TableCellNode {
  /** tableHeader: a cell of the header row (黑体 in the export). */
  type: 'tableCell' | 'tableHeader';
  content: ParagraphNode[];
}
export interface TableRowNode {
  type: 'tableRow';
  content: TableCellNode[];
}
export interface TableNode {
  type: 'table';
  content: TableRowNode[];
}
export type BlockNode = HeadingNode | ParagraphNode | SignoffNode | TableNode;
/** Blocks that hold inline content directly (every block but a table). */
export type TextBlockNode = HeadingNode | ParagraphNode | SignoffNode;

export interface ReportDoc {
  type: 'doc';
  content: [TitleNode, ...BlockNode[]];
}

/* ---------- builders (data-first, used by templates, corpus and tests) ---------- */

type InlineArg = string | InlineNode;
const inline = (args: readonly InlineArg[]): InlineNode[] => args.filter((a) => a !== '').map((a) => (typeof a === 'string' ? { type: 'text', text: a } : a));
const withContent = <T extends object>(node: T, args: readonly InlineArg[]): T => {
  const content = inline(args);
  return content.length ? { ...node, content } : node;
};

export const text = (value: string, marks?: ReportMark[]): TextNode => (marks?.length ? { type: 'text', text: value, marks } : { type: 'text', text: value });
export const field = (name: FieldName): FieldNode => ({ type: 'field', attrs: { name } });
export const title = (...args: InlineArg[]): TitleNode => withContent({ type: 'reportTitle' } as TitleNode, args);
export const heading = (level: HeadingLevel, opts: { runIn?: boolean; part?: Part | null }, ...args: InlineArg[]): HeadingNode =>
  withContent({ type: 'heading', attrs: { level, runIn: opts.runIn ?? false, part: opts.part ?? null } } as HeadingNode, args);
export const paragraph = (...args: InlineArg[]): ParagraphNode => withContent({ type: 'paragraph' } as ParagraphNode, args);
export const hintParagraph = (hint: string): ParagraphNode => ({ type: 'paragraph', attrs: { hint } });
export const signoff = (role: 'unit' | 'date', ...args: InlineArg[]): SignoffNode => withContent({ type: 'signoff', attrs: { role } } as SignoffNode, args);
export const reportDoc = (t: TitleNode, ...blocks: BlockNode[]): ReportDoc => ({ type: 'doc', content: [t, ...blocks] });
/** A table from rows of cell texts; the first row is the header row when `header` (default true). */
export const table = (rows: readonly (readonly string[])[], header = true): TableNode => ({
  type: 'table',
  content: rows.map((cells, r) => ({
    type: 'tableRow',
    content: cells.map((cell) => ({
      type: header && r === 0 ? 'tableHeader' : 'tableCell',
      content: cell.split('\n').map((line) => paragraph(line)),
    })),
  })),
});

/** The text of a table, cell by cell (cells separated by a space, rows by a line break). */
export function tableText(node: TableNode): string {
  return node.content.map((row) => row.content.map((cell) => cell.content.map((p) => inlineText(p.content)).join('\n')).join(' ')).join('\n');
}

/**
 * Plain text of an inline run, with fields resolved by `fieldValue` (default: empty). A table's rows
 * read as their cells' text, cells separated by a space, each row ending in a line break.
 */
export function inlineText(content: readonly (InlineNode | TableRowNode)[] | undefined, fieldValue: (name: FieldName) => string = () => ''): string {
  if (!content) return '';
  let out = '';
  for (const n of content) {
    if (n.type === 'text') out += n.text;
    else if (n.type === 'tableRow') out += `${n.content.map((cell) => cell.content.map((p) => inlineText(p.content, fieldValue)).join('\n')).join(' ')}\n`;
    else if (n.type === 'field') out += fieldValue(n.attrs.name);
    else out += '\n';
  }
  return out;
}

/**
 * Splits a run-in heading's text at its first 。 (inclusive): the lead is the heading phrase,
 * the rest is body text. Returns `rest: ''` when there is no 。 or nothing after it.
 */
export function splitRunIn(value: string): { lead: string; rest: string } {
  const i = value.indexOf('。');
  if (i < 0) return { lead: value, rest: '' };
  return { lead: value.slice(0, i + 1), rest: value.slice(i + 1) };
}
