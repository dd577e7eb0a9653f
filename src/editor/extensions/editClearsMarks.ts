import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/**
 * Once the user edits inserted example text, its `flag` (check this) mark is dropped from the
 * edited span and its `source` (came from) mark from the edited paragraph, so they only mark text nobody has looked at yet.
 * Programmatic inserts set meta `keepMarks` to keep the marks they add.
 */
export const EditClearsMarks = Extension.create({
  name: 'editClearsMarks',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('editClearsMarks'),
        appendTransaction: (transactions, _old, state) => {
          const edits = transactions.filter((tr) => tr.docChanged && !tr.getMeta('keepMarks') && !tr.getMeta('history$'));
          if (!edits.length) return null;
          const { flag, source } = state.schema.marks;
          if (!flag || !source) return null;
          const ranges: Array<[number, number]> = [];
          for (const tr of edits) {
            tr.mapping.maps.forEach((map, i) => {
              map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
                const rest = tr.mapping.slice(i + 1);
                ranges.push([rest.map(newStart, -1), rest.map(newEnd, 1)]);
              });
            });
          }
          const tr = state.tr;
          for (const [from, to] of ranges) {
            const $from = state.doc.resolve(Math.max(0, Math.min(from, state.doc.content.size)));
            if (!$from.parent.isTextblock) continue;
            const start = $from.start();
            const end = $from.end();
            // The source note belongs to the untouched paragraph: any edit in it drops the note.
            tr.removeMark(start, end, source);
            // A flag covers one span (a figure, a unit name): an edit touching it drops the whole span's flag.
            let lo = from;
            let hi = to;
            state.doc.nodesBetween(Math.max(start, from - 1), Math.min(end, to + 1), (node, pos) => {
              if (node.isText && node.marks.some((m) => m.type === flag)) {
                lo = Math.min(lo, pos);
                hi = Math.max(hi, pos + node.nodeSize);
              }
            });
            if (hi > lo) tr.removeMark(Math.max(start, lo), Math.min(end, hi), flag);
          }
          return tr.docChanged ? tr : null;
        },
      }),
    ];
  },
});
