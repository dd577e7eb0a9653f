import { getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { reportExtensions } from '../../src/editor/extensions/index.ts';
import { OutlineDecorations, buildOutlineState, headingLabels, outlineDecorationsKey } from '../../src/editor/extensions/outlineDecorations.ts';
import { doc, h1, h2, h3, p, runIn, t } from '../helpers/builders.ts';
import { hintParagraph } from '../../src/model/schema.ts';

const schema = getSchema(reportExtensions());
const plugins = OutlineDecorations.config.addProseMirrorPlugins!.call({} as never);

function stateOf(json: unknown) {
  return EditorState.create({ doc: PMNode.fromJSON(schema, json), plugins });
}

/** Decorations as comparable data: [from, to, class or label]. */
function describeDecorations(state: EditorState) {
  const set = outlineDecorationsKey.getState(state)!.decorations;
  return set
    .find()
    .map((d) => {
      const attrs = (d as unknown as { type: { attrs?: Record<string, string> } }).type.attrs;
      return [d.from, d.to, `${attrs?.class ?? ''}${attrs?.['data-num'] ? ` ${attrs['data-num']}` : ''}`] as const;
    })
    .sort((a, b) => a[0] - b[0] || a[1] - b[1] || String(a[2]).localeCompare(String(b[2])));
}

const fixture = doc(
  t('报告'),
  p('导语'),
  h1('工作开展情况'),
  runIn(2, '加强组织领导。局党组高度重视。'),
  h3('细项'),
  h2('严格执法'),
  hintParagraph('写做法和数据'),
  h1('存在问题'),
  p('一是……'),
);

describe('outline decorations', () => {
  it('numbers headings from their levels', () => {
    expect(headingLabels(stateOf(fixture))).toEqual(['一、', '（一）', '1.', '（二）', '二、']);
  });

  it('styles the lead sentence of a run-in heading and shows hints in empty template paragraphs', () => {
    const decorations = describeDecorations(stateOf(fixture)).map((d) => d[2]);
    expect(decorations).toContain('runin-lead level-2');
    expect(decorations).toContain('hint');
  });

  it('gives a lead span only where the lead has a font of its own (levels 1–2; levels 3–4 are 仿宋 like the body)', () => {
    const state = stateOf(doc(t('报告'), h1('一级'), runIn(2, '二级引领。正文。'), runIn(3, '三级引领。正文。'), runIn(4, '四级引领。正文。')));
    expect(describeDecorations(state).map((d) => d[2])).toEqual(['runin-lead level-2']);
  });

  it('renumbers when a section is deleted', () => {
    let state = stateOf(fixture);
    // Delete the level-2 run-in heading (index 3) and its child (index 4).
    let from = 0;
    for (let i = 0; i < 3; i++) from += state.doc.child(i).nodeSize;
    const to = from + state.doc.child(3).nodeSize + state.doc.child(4).nodeSize;
    state = state.apply(state.tr.delete(from, to));
    expect(headingLabels(state)).toEqual(['一、', '（一）', '二、']);
  });

  it('incremental updates equal a full rebuild after typing, hint filling and level changes', () => {
    let state = stateOf(fixture);
    const edits: Array<(s: EditorState) => EditorState> = [
      // type into the intro paragraph
      (s) => s.apply(s.tr.insertText('补充', 3 + 2)),
      // type into the run-in heading before its 。 (moves the lead end)
      (s) => {
        let pos = 0;
        for (let i = 0; i < 3; i++) pos += s.doc.child(i).nodeSize;
        return s.apply(s.tr.insertText('和', pos + 3));
      },
      // fill the hint paragraph
      (s) => {
        let pos = 0;
        for (let i = 0; i < 6; i++) pos += s.doc.child(i).nodeSize;
        return s.apply(s.tr.setSelection(TextSelection.create(s.doc, pos + 1)).insertText('全年检查12次。'));
      },
      // change a heading's level
      (s) => {
        let pos = 0;
        for (let i = 0; i < 5; i++) pos += s.doc.child(i).nodeSize;
        return s.apply(s.tr.setNodeMarkup(pos, undefined, { level: 3, runIn: false, part: null }));
      },
    ];
    for (const edit of edits) {
      state = edit(state);
      const rebuilt = EditorState.create({ doc: state.doc, plugins });
      expect(describeDecorations(state)).toEqual(describeDecorations(rebuilt));
    }
    expect(headingLabels(state)).toEqual(['一、', '（一）', '1.', '2.', '二、']);
    expect(buildOutlineState(state.doc).levels).toEqual([1, 2, 3, 3, 1]);
  });
});
