import { Node, mergeAttributes } from '@tiptap/core';
import type { EditorView } from '@tiptap/pm/view';
import { EMPTY_FIELDS, FIELD_LABELS, isFieldName, resolveField, type FieldName, type ReportFields } from '../../model/fields.ts';
import { titleBreakKey, titleBreakOutdated } from './titleBreak.ts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    field: {
      /** Inserts a live field (单位名称, 报告年度, …) at the cursor. */
      insertField: (name: FieldName) => ReturnType;
    };
  }
  interface Storage {
    field: { fields: ReportFields };
  }
}

/** Writes a field's current value (or a visible blank labelled with the field name) into `dom`. */
export function paintField(dom: HTMLElement, name: FieldName, fields: ReportFields): void {
  const value = resolveField(name, fields);
  dom.textContent = value || `［${FIELD_LABELS[name]}］`;
  dom.classList.toggle('field-empty', value === '');
}

/**
 * An inline, atomic reference to a draft field. It stores only the field's name; its text is
 * painted from `editor.storage.field.fields`, so changing a field updates every place at once
 * without touching the document (see `refreshFields`).
 */
export const FieldNode = Node.create({
  name: 'field',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addStorage() {
    return { fields: EMPTY_FIELDS };
  },

  addAttributes() {
    return {
      name: {
        default: 'unit',
        parseHTML: (el) => {
          const name = el.getAttribute('data-field');
          return isFieldName(name) ? name : 'unit';
        },
        renderHTML: (attrs) => ({ 'data-field': attrs.name }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-field]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const name = node.attrs.name as FieldName;
    return ['span', mergeAttributes(HTMLAttributes, { class: 'field' }), resolveField(name, this.storage.fields) || FIELD_LABELS[name]];
  },

  renderText({ node }) {
    return resolveField(node.attrs.name as FieldName, this.storage.fields);
  },

  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement('span');
      const name = node.attrs.name as FieldName;
      dom.className = 'field';
      dom.dataset.field = name;
      dom.contentEditable = 'false';
      dom.title = `字段：${FIELD_LABELS[name]}（在“报告信息”中修改）`;
      paintField(dom, name, this.storage.fields);
      return { dom };
    };
  },

  addCommands() {
    return {
      insertField:
        (name) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { name } }),
    };
  },
});

/**
 * Gives the editor the draft's fields and repaints every field node (no document change); if that
 * moves the title's line break (titleBreak.ts), tells the break to place itself again.
 */
export function applyFields(
  editor: { storage: { field: { fields: ReportFields } }; isDestroyed: boolean; view: Pick<EditorView, 'dom' | 'state' | 'dispatch'> },
  fields: ReportFields,
): void {
  editor.storage.field.fields = fields;
  // `isDestroyed` is also true before the view is mounted: then there is nothing to repaint, and
  // node views read the storage when they are created.
  if (editor.isDestroyed) return;
  refreshFields(editor.view.dom, fields);
  if (titleBreakOutdated(editor.view.state, fields)) editor.view.dispatch(editor.view.state.tr.setMeta(titleBreakKey, true).setMeta('addToHistory', false));
}

/** Repaints every field in the editor after the draft's fields changed (no transaction needed). */
export function refreshFields(root: HTMLElement, fields: ReportFields): void {
  root.querySelectorAll<HTMLElement>('span.field[data-field]').forEach((dom) => {
    const name = dom.dataset.field;
    if (isFieldName(name)) paintField(dom, name, fields);
  });
}
