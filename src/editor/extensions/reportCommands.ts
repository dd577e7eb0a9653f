import { Extension, type Editor } from '@tiptap/core';
import { Fragment, Node as PMNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { itemToBlocks, targetLevelAt } from '../../library/insert.ts';
import type { LibraryItem } from '../../library/items.ts';
import type { ReportFields } from '../../model/fields.ts';
import type { BlockNode } from '../../model/schema.ts';
import { blockRange, blockStart } from '../blockPositions.ts';
import { insertionPointAt } from '../insertionPoint.ts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    reportCommands: {
      /**
       * Inserts report blocks after the top-level block at `pos` (default: the cursor), or in place
       * of it when it is an empty paragraph (a template hint); one undo step; keeps the flag/source
       * marks the blocks carry; the cursor ends after the inserted text.
       */
      insertReportBlocks: (blocks: readonly BlockNode[], pos?: number) => ReturnType;
      /** 插入 / drag from 范文库: `item` adapted to the draft (level, year, unit) and inserted as above. */
      insertExample: (item: LibraryItem, fields: ReportFields, pos?: number) => ReturnType;
      /** Cursor to the start of top-level block `index` (0 is the title), scrolled into view. */
      jumpToBlock: (index: number) => ReturnType;
      /** Selects characters `from`–`to` of top-level block `index`, scrolled into view. */
      selectInBlock: (index: number, from: number, to?: number) => ReturnType;
    };
  }
}

/** Scrolls the block's element to the middle of the sheet (ProseMirror's scrollIntoView only reaches an edge). */
function centreBlock(editor: Editor, index: number): void {
  const dom = editor.view.nodeDOM(blockStart(editor.state.doc, index));
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'center' });
}

/**
 * The editor operations the panels use, as typed TipTap commands: the panels call
 * `editor.commands.insertExample(…)` and hold no positions of their own.
 */
export const ReportCommands = Extension.create({
  name: 'reportCommands',

  addCommands() {
    return {
      insertReportBlocks:
        (blocks, pos) =>
        ({ state, tr, dispatch }) => {
          const point = insertionPointAt(state.doc, pos ?? state.selection.from);
          const nodes = blocks.map((b) => PMNode.fromJSON(state.schema, b));
          const from = blockStart(state.doc, point.index);
          const target = state.doc.child(point.index);
          const replaceTarget = target.type.name === 'paragraph' && target.content.size === 0;
          const insertAt = replaceTarget ? from : from + target.nodeSize;
          if (!dispatch) return true;
          if (replaceTarget) tr.replaceWith(from, from + target.nodeSize, Fragment.fromArray(nodes));
          else tr.insert(insertAt, Fragment.fromArray(nodes));
          const end = insertAt + nodes.reduce((n, node) => n + node.nodeSize, 0);
          tr.setSelection(TextSelection.near(tr.doc.resolve(end - 1), -1))
            .setMeta('keepMarks', true)
            .scrollIntoView();
          return true;
        },
      insertExample:
        (item, fields, pos) =>
        ({ state, commands }) => {
          const point = insertionPointAt(state.doc, pos ?? state.selection.from);
          const blocks = itemToBlocks(item, {
            targetLevel: item.level === null ? undefined : targetLevelAt(point.precedingHeadingLevel, item.level),
            toYear: fields.year,
            draftUnit: fields.unit,
            part: null,
          });
          return commands.insertReportBlocks(blocks, pos);
        },
      jumpToBlock:
        (index) =>
        ({ state, chain }) => {
          const ok = chain()
            .focus()
            .setTextSelection(blockStart(state.doc, index) + 1)
            .run();
          centreBlock(this.editor, index);
          return ok;
        },
      selectInBlock:
        (index, from, to) =>
        ({ state, chain }) => {
          const ok = chain()
            .focus()
            .setTextSelection(blockRange(state.doc, index, from, to))
            .scrollIntoView()
            .run();
          centreBlock(this.editor, index);
          return ok;
        },
    };
  },
});
