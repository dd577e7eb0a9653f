/**
 * What the check rules read: each top-level block once, with its part (from docOutline), its
 * text in ProseMirror offsets, its resolved text and its flagged spans. Built once per check.
 */
import { resolveField, type ReportFields } from '../model/fields.ts';
import { docOutline } from '../text/reportOutline.ts';
import type { Part } from '../model/part.ts';
import { inlineText, splitRunIn, type BlockNode, type FlagKind, type HeadingLevel, type ReportDoc, type TitleNode } from '../model/schema.ts';

/** Stands for a field node in `BlockView.text`: one character, as a field is one position in ProseMirror. */
export const FIELD_CHAR = '\uFFFC';

export interface FlagSpan {
  readonly from: number;
  readonly to: number;
  readonly kind: FlagKind;
  readonly text: string;
}

export interface BlockView {
  /** Index in `doc.content`. */
  readonly index: number;
  readonly node: TitleNode | BlockNode;
  /** From docOutline; 'title' for the title. */
  readonly part: Part | 'title';
  readonly level: HeadingLevel | null;
  /** Computed numbering ('一、'), '' for non-headings. */
  readonly label: string;
  /** Inline content with ProseMirror offsets: text as is, a field → FIELD_CHAR, a hard break → '\n'. */
  readonly text: string;
  /** What a reader sees: fields resolved (empty → ''), hard breaks as '\n'; numbering not included. */
  readonly resolved: string;
  /**
   * Body text for "does this part have content": a paragraph's text, the part of a run-in
   * heading after its lead sentence, '' for other headings, the title and the sign-off.
   */
  readonly body: string;
  /** An empty paragraph that carries template guidance (`hint`). */
  readonly hintOnly: boolean;
  /** Maximal runs of text carrying the same flag kind. */
  readonly flags: readonly FlagSpan[];
}

export interface CheckContext {
  readonly doc: ReportDoc;
  readonly fields: ReportFields;
  readonly blocks: readonly BlockView[];
}

function viewOf(node: TitleNode | BlockNode, fields: ReportFields): Omit<BlockView, 'index' | 'part' | 'level' | 'label'> {
  if (node.type === 'table') {
    // A table has no inline offsets of its own: its flagged spans point at the table's start.
    const resolved = inlineText(node.content, (name) => resolveField(name, fields));
    const flags: FlagSpan[] = [];
    for (const row of node.content)
      for (const cell of row.content)
        for (const p of cell.content)
          for (const n of p.content ?? []) {
            const kind = n.type === 'text' ? n.marks?.find((m) => m.type === 'flag')?.attrs.kind : undefined;
            if (kind && n.type === 'text') flags.push({ from: 0, to: 0, kind, text: n.text });
          }
    return { node, text: '', resolved, body: resolved, hintOnly: false, flags };
  }
  let text = '';
  let resolved = '';
  const flags: FlagSpan[] = [];
  for (const n of node.content ?? []) {
    if (n.type === 'text') {
      const kind = n.marks?.find((m) => m.type === 'flag')?.attrs.kind;
      if (kind) {
        const last = flags[flags.length - 1];
        if (last && last.kind === kind && last.to === text.length) {
          flags[flags.length - 1] = { ...last, to: text.length + n.text.length, text: last.text + n.text };
        } else {
          flags.push({ from: text.length, to: text.length + n.text.length, kind, text: n.text });
        }
      }
      text += n.text;
      resolved += n.text;
    } else if (n.type === 'field') {
      text += FIELD_CHAR;
      resolved += resolveField(n.attrs.name, fields);
    } else {
      text += '\n';
      resolved += '\n';
    }
  }
  let body = '';
  if (node.type === 'paragraph') body = resolved;
  else if (node.type === 'heading' && node.attrs.runIn) body = splitRunIn(resolved).rest;
  const hintOnly = node.type === 'paragraph' && !node.content?.length && Boolean(node.attrs?.hint);
  return { node, text, resolved, body, hintOnly, flags };
}

export function buildContext(doc: ReportDoc, fields: ReportFields): CheckContext {
  const outline = new Map(docOutline(doc).map((e) => [e.index, e]));
  const blocks = doc.content.map((node, index): BlockView => {
    const entry = outline.get(index);
    return {
      index,
      part: entry?.part ?? (index === 0 ? 'title' : 'other'),
      level: entry?.level ?? null,
      label: entry?.label ?? '',
      ...viewOf(node, fields),
    };
  });
  return { doc, fields, blocks };
}
