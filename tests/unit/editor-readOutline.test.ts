import { getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { OutlineDecorations } from '../../src/editor/extensions/outlineDecorations.ts';
import { reportExtensions } from '../../src/editor/extensions/index.ts';
import { readOutline, sameOutline } from '../../src/editor/readOutline.ts';
import { doc, h1, h2, p, t } from '../helpers/builders.ts';

const schema = getSchema(reportExtensions());
const plugins = OutlineDecorations.config.addProseMirrorPlugins!.call({} as never);
const state = EditorState.create({ doc: PMNode.fromJSON(schema, doc(t('报告'), p('导语'), h1('工作开展情况'), h2('严格执法'), p('一是……'))), plugins });

/** Start of the text of top-level block `index`. */
const inside = (s: EditorState, index: number) => {
  let pos = 1;
  for (let i = 0; i < index; i++) pos += s.doc.child(i).nodeSize;
  return pos;
};

describe('sameOutline', () => {
  it('holds when only text outside headings changed, though every later heading moved', () => {
    const typed = state.apply(state.tr.insertText('二〇二三年，', inside(state, 1)));
    const before = readOutline(state);
    const after = readOutline(typed);
    expect(after.map((i) => i.pos)).not.toEqual(before.map((i) => i.pos));
    expect(sameOutline(before, after)).toBe(true);
  });

  it('fails when a heading’s text, level or number changes, or a heading is added', () => {
    const before = readOutline(state);
    const retitled = state.apply(state.tr.insertText('依法', inside(state, 3)));
    expect(sameOutline(before, readOutline(retitled))).toBe(false);
    const relevelled = state.apply(state.tr.setNodeMarkup(inside(state, 3) - 1, undefined, { ...state.doc.child(3).attrs, level: 1 }));
    expect(readOutline(relevelled).map((i) => i.label)).toEqual(['一、', '二、']);
    expect(sameOutline(before, readOutline(relevelled))).toBe(false);
    const added = state.apply(state.tr.insert(state.doc.content.size, schema.nodeFromJSON(h1('存在的问题'))));
    expect(sameOutline(before, readOutline(added))).toBe(false);
  });
});
