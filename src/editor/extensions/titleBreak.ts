import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { fieldText, isFieldName, type ReportFields } from '../../model/fields.ts';
import { titleBreak } from '../../model/titleLines.ts';

/**
 * Shows a long title broken where the export breaks it (model/titleLines.ts): a line-break widget
 * at the phrase boundary, not a node, so the document keeps the title as typed and the break
 * moves as the unit's name changes. A break the user types (Shift+Enter) replaces it.
 *
 * Cost: the decoration is rebuilt only when the title node changes, or when a change of fields moves
 * the break (fieldNode.ts's `applyFields` then sends a transaction with this plugin's meta);
 * typing elsewhere maps it.
 */
export const titleBreakKey = new PluginKey<DecorationSet>('titleBreak');

/**
 * The document position at which the title's second line starts, or null. The title's text is
 * what the export prints: fields as {@link fieldText}, a hard break as "\n", leading blanks
 * trimmed. A break that would fall inside a field's text is not drawn.
 */
export function titleBreakPos(doc: PMNode, fields: ReportFields): number | null {
  const titleNode = doc.firstChild;
  if (!titleNode || titleNode.type.name !== 'reportTitle') return null;
  let text = '';
  /** Document position before each character of `text`; -1 inside a field. */
  const positions: number[] = [];
  titleNode.forEach((child, offset) => {
    const pos = 1 + offset;
    let piece = '';
    if (child.isText) piece = child.text ?? '';
    else if (child.type.name === 'field' && isFieldName(child.attrs.name)) piece = fieldText(child.attrs.name, fields);
    else if (child.type.name === 'hardBreak') piece = '\n';
    for (let i = 0; i < piece.length; i++) positions.push(child.isText || i === 0 ? pos + i : -1);
    text += piece;
  });
  const lead = text.length - text.trimStart().length;
  const at = titleBreak(text.slice(lead));
  if (at === null) return null;
  const pos = positions[lead + at];
  return pos === undefined || pos < 0 ? null : pos;
}

/**
 * Whether the drawn break is not where `fields` put it (a field's new length moved it). Checked
 * before asking the plugin to rebuild, so that a change of fields that leaves the break where it
 * is (the usual case: fields are single positions in the document) costs no transaction.
 */
export function titleBreakOutdated(state: EditorState, fields: ReportFields): boolean {
  const drawn =
    titleBreakKey
      .getState(state)
      ?.find()
      .map((d) => d.from) ?? [];
  const wanted = titleBreakPos(state.doc, fields);
  return wanted === null ? drawn.length > 0 : drawn.length !== 1 || drawn[0] !== wanted;
}

function breakWidget(): HTMLElement {
  const br = document.createElement('br');
  br.className = 'title-break';
  return br;
}

function decorations(doc: PMNode, fields: ReportFields): DecorationSet {
  const pos = titleBreakPos(doc, fields);
  if (pos === null) return DecorationSet.empty;
  return DecorationSet.create(doc, [Decoration.widget(pos, breakWidget, { side: -1, key: 'title-break', ignoreSelection: true })]);
}

export const TitleBreak = Extension.create({
  name: 'titleBreak',

  addProseMirrorPlugins() {
    const fields = (): ReportFields => this.editor.storage.field.fields;
    return [
      new Plugin<DecorationSet>({
        key: titleBreakKey,
        state: {
          init: (_, state) => decorations(state.doc, fields()),
          apply: (tr, set, oldState, newState) => {
            if (tr.getMeta(titleBreakKey) || (tr.docChanged && oldState.doc.firstChild !== newState.doc.firstChild)) {
              return decorations(newState.doc, fields());
            }
            return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
          },
        },
        props: {
          decorations: (state) => titleBreakKey.getState(state),
        },
      }),
    ];
  },
});
