import type { Editor } from '@tiptap/core';
import { Fragment, Node as PMNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import type { BlockNode, HeadingLevel } from '../model/schema.ts';

/** Where inserted blocks go: after the top-level block at `pos`, or in place of it when it is an empty paragraph. */
export interface InsertionPoint {
  /** Index of the top-level block the cursor (or drop) is in. */
  readonly index: number;
  /** Level of the nearest heading at or before that block; null in the intro. */
  readonly precedingHeadingLevel: HeadingLevel | null;
}

export function insertionPointAt(doc: PMNode, pos: number): InsertionPoint {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  const index = Math.max(1, $pos.index(0)); // never before the title
  let precedingHeadingLevel: HeadingLevel | null = null;
  for (let i = Math.min(index, doc.childCount - 1); i >= 1; i--) {
    const node = doc.child(i);
    if (node.type.name === 'heading') {
      precedingHeadingLevel = node.attrs.level as HeadingLevel;
      break;
    }
  }
  return { index: Math.min(index, doc.childCount - 1), precedingHeadingLevel };
}

/**
 * Inserts report blocks as one undoable step after the block at `point.index` (replacing it when it
 * is an empty paragraph, e.g. a template hint), keeps the flag/source marks the blocks carry, and
 * puts the cursor at the end of the inserted text.
 */
export function insertBlocks(editor: Editor, blocks: readonly BlockNode[], point: InsertionPoint): void {
  const { state, view } = editor;
  const nodes = blocks.map((b) => PMNode.fromJSON(state.schema, b));
  let from = 0;
  for (let i = 0; i < point.index; i++) from += state.doc.child(i).nodeSize;
  const target = state.doc.child(point.index);
  const replaceTarget = target.type.name === 'paragraph' && target.content.size === 0;
  const insertAt = replaceTarget ? from : from + target.nodeSize;
  const tr = replaceTarget ? state.tr.replaceWith(from, from + target.nodeSize, Fragment.fromArray(nodes)) : state.tr.insert(insertAt, Fragment.fromArray(nodes));
  const end = insertAt + nodes.reduce((n, node) => n + node.nodeSize, 0);
  tr.setSelection(TextSelection.near(tr.doc.resolve(end - 1), -1)).setMeta('keepMarks', true).scrollIntoView();
  view.dispatch(tr);
  view.focus();
}
