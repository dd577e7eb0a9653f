import { getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { docJson } from '../../src/editor/editorDoc.ts';
import { reportExtensions } from '../../src/editor/extensions/index.ts';
import { field, hintParagraph, type ReportDoc } from '../../src/model/schema.ts';
import { dateLine, doc, h1, h2, p, runIn, t, unitLine } from '../helpers/builders.ts';

const schema = getSchema(reportExtensions());

const fixture = doc(
  t('XX县司法局2023年法治政府建设工作报告'),
  p('2023年，', field('unit'), '坚持以习近平新时代中国特色社会主义思想为指导。'),
  h1('工作开展情况'),
  runIn(2, '加强组织领导。局党组高度重视。'),
  h2('严格执法'),
  hintParagraph('写做法和数据'),
  p('一是……'),
  unitLine(field('unit')),
  dateLine(field('date')),
);

const nodeOf = (json: ReportDoc) => PMNode.fromJSON(schema, json);

describe('docJson', () => {
  it('equals ProseMirror’s own toJSON, field nodes, run-in headings, hints and sign-off included', () => {
    const node = nodeOf(fixture);
    expect(docJson(node)).toEqual(node.toJSON());
    // And it round-trips to the same document.
    expect(nodeOf(docJson(node)).eq(node)).toBe(true);
  });

  it('after an edit, re-serialises only the edited block and still equals toJSON', () => {
    const state = EditorState.create({ doc: nodeOf(fixture) });
    const before = docJson(state.doc);
    // Type into the paragraph “一是……” (top-level index 6).
    let pos = 0;
    for (let i = 0; i < 6; i++) pos += state.doc.child(i).nodeSize;
    const next = state.apply(state.tr.insertText('加强', pos + 1));
    const after = docJson(next.doc);

    expect(after).toEqual(next.doc.toJSON());
    expect(after.content[6]).toMatchObject({ type: 'paragraph', content: [{ type: 'text', text: '加强一是……' }] });
    expect(after.content[6]).not.toBe(before.content[6]);
    for (const i of [0, 1, 2, 3, 4, 5, 7, 8]) expect(after.content[i]).toBe(before.content[i]);
    // The document object and its block list are new each time: replacing a block in one result cannot reach another.
    expect(after).not.toBe(before);
    expect(after.content).not.toBe(before.content);
  });

  it('gives equal JSON for equal documents built separately (cache by node identity, not by value)', () => {
    const a = nodeOf(fixture);
    const b = nodeOf(fixture);
    expect(docJson(a)).toEqual(docJson(b));
    expect(docJson(a).content[1]).not.toBe(docJson(b).content[1]);
  });
});
