import { Extension, mergeAttributes, Node } from '@tiptap/core';
import { goToNextCell, tableEditing } from '@tiptap/pm/tables';

/**
 * Tables (issue 20): a statistics table read from last year's Word file, or pasted from Word/WPS,
 * stays a table — rows of cells, each cell body paragraphs, the first row's cells `tableHeader`
 * when the source marks them as header cells (<th>, or a .docx table's first row). The nodes carry
 * prosemirror-tables' `tableRole`, so its `tableEditing` plugin (cell selection, keeping the
 * table's shape whole) works on them. Merged cells are not modelled: a pasted colspan becomes
 * separate cells. The .docx export writes tables itself (src/export/docx/table.ts).
 */
const TABLE_ROLES: Readonly<Record<string, string>> = { table: 'table', tableRow: 'row', tableCell: 'cell', tableHeader: 'header_cell' };

export const ReportTable = Node.create({
  name: 'table',
  group: 'block',
  content: 'tableRow+',
  isolating: true,
  // prosemirror-tables finds its nodes by the spec key `tableRole`; this adds it to the four nodes.
  extendNodeSchema(extension) {
    const role = TABLE_ROLES[extension.name];
    return role ? { tableRole: role } : {};
  },
  parseHTML() {
    return [{ tag: 'table' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['table', mergeAttributes(HTMLAttributes, { class: 'report-table' }), ['tbody', 0]];
  },
  addProseMirrorPlugins() {
    return [tableEditing({ allowTableNodeSelection: false })];
  },
});

export const ReportTableRow = Node.create({
  name: 'tableRow',
  content: '(tableHeader | tableCell)+',
  parseHTML() {
    return [{ tag: 'tr' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['tr', HTMLAttributes, 0];
  },
});

const cellAttributes = {
  colspan: { default: 1, parseHTML: () => 1, renderHTML: () => ({}) },
  rowspan: { default: 1, parseHTML: () => 1, renderHTML: () => ({}) },
  colwidth: { default: null, parseHTML: () => null, renderHTML: () => ({}) },
};

export const ReportTableCell = Node.create({
  name: 'tableCell',
  content: 'paragraph+',
  isolating: true,
  addAttributes: () => cellAttributes,
  parseHTML() {
    return [{ tag: 'td' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['td', HTMLAttributes, 0];
  },
});

export const ReportTableHeader = Node.create({
  name: 'tableHeader',
  content: 'paragraph+',
  isolating: true,
  addAttributes: () => cellAttributes,
  parseHTML() {
    return [{ tag: 'th' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['th', HTMLAttributes, 0];
  },
});

/**
 * Tab / Shift+Tab inside a table move to the next / previous cell (before the heading level
 * shortcuts, which do not apply in a cell); outside a table they do nothing here.
 */
export const ReportTableKeys = Extension.create({
  name: 'reportTableKeys',
  priority: 1200,
  addKeyboardShortcuts() {
    return {
      Tab: ({ editor }) => goToNextCell(1)(editor.state, editor.view.dispatch),
      'Shift-Tab': ({ editor }) => goToNextCell(-1)(editor.state, editor.view.dispatch),
    };
  },
});
