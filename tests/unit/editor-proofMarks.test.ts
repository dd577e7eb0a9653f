import { getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/check/context.ts';
import { proofreadResult } from '../../src/check/proofread/proofread.ts';
import { reportExtensions } from '../../src/editor/extensions/index.ts';
import {
  ProofMarks,
  blockContentStarts,
  proofMarkAt,
  proofMarksKey,
  proofWindowKey,
  windowAround,
  type ProofMark,
} from '../../src/editor/extensions/proofMarks.ts';
import { proofMarkOf } from '../../src/app/useProofread.ts';
import { doc, p, t } from '../helpers/builders.ts';

const schema = getSchema(reportExtensions());
const plugins = ProofMarks.config.addProseMirrorPlugins!.call({} as never);
const fields = { unit: '县司法局', year: 2024, superior: '', date: '' };
const json = doc(t('县司法局2024年度法治政府建设工作报告'), p('深入学习法治思想,服务大局。'), p('截止目前，共办理案件。'));

/** The state with the marks useProofread would set, and the marks. */
function marked() {
  const state = EditorState.create({ doc: PMNode.fromJSON(schema, json), plugins });
  const result = proofreadResult(buildContext(json, fields), []);
  const starts = blockContentStarts(state.doc);
  const marks = result.open.map((e) => proofMarkOf(e, starts)!);
  return { state: state.apply(state.tr.setMeta(proofMarksKey, marks)), marks };
}

/** The text under each underline: every item's (`decorations`) or those drawn (`shown`). */
const underlined = (state: EditorState, which: 'decorations' | 'shown') => {
  const set = proofMarksKey.getState(state)![which];
  return set.find().map((d) => state.doc.textBetween(d.from, d.to));
};
const spans = (state: EditorState) => underlined(state, 'decorations');

describe('ProofMarks (the underlines)', () => {
  it('underlines each item’s match; the document is unchanged', () => {
    const { state } = marked();
    expect(spans(state)).toEqual(['法治思想', ',', '截止']);
    expect(state.doc.eq(PMNode.fromJSON(schema, json))).toBe(true);
  });

  it('maps the underlines through edits until the next rest', () => {
    const { state } = marked();
    const typed = state.apply(state.tr.insertText('我们', blockContentStarts(state.doc)[1]!));
    expect(spans(typed)).toEqual(['法治思想', ',', '截止']);
    const deleted = typed.apply(typed.tr.delete(blockContentStarts(typed.doc)[2]!, blockContentStarts(typed.doc)[2]! + 2));
    expect(spans(deleted)).toEqual(['法治思想', ',']);
  });

  it('finds the mark under a position, with its reason and fix', () => {
    const { state } = marked();
    const at = blockContentStarts(state.doc)[2]! + 1;
    expect(proofMarkAt(state, at)).toMatchObject({ severity: 'error', fix: '截至', label: '需修改 · 用词 · 用词' });
    expect(proofMarkAt(state, blockContentStarts(state.doc)[2]! + 5)).toBeNull();
  });

  it('keeps the drawn decorations of unchanged marks when new marks arrive', () => {
    const { state, marks } = marked();
    const again = state.apply(
      state.tr.setMeta(
        proofMarksKey,
        marks.map((m): ProofMark => ({ ...m })),
      ),
    );
    const before = proofMarksKey.getState(state)!.decorations.find();
    const after = proofMarksKey.getState(again)!.decorations.find();
    expect(after.map((d) => d.spec)).toEqual(before.map((d) => d.spec));
    after.forEach((d, i) => expect(d.spec.proof).toBe(before[i]!.spec.proof));
  });

  describe('only the underlines near the screen are drawn (the window)', () => {
    const shown = (state: EditorState) => underlined(state, 'shown');

    it('draws all of them until the screen has been measured', () => {
      const { state } = marked();
      expect(shown(state)).toEqual(['法治思想', ',', '截止']);
    });

    it('draws those touching the window, and keeps every one for the tooltip', () => {
      const { state } = marked();
      const third = blockContentStarts(state.doc)[2]!;
      const windowed = state.apply(state.tr.setMeta(proofWindowKey, { from: third, to: state.doc.content.size }));
      expect(shown(windowed)).toEqual(['截止']);
      expect(spans(windowed)).toEqual(['法治思想', ',', '截止']);
      expect(proofMarkAt(windowed, blockContentStarts(state.doc)[1]! + 5)).toMatchObject({ severity: 'error' });
    });

    it('keeps the window when new marks arrive and maps it through typing', () => {
      const { state, marks } = marked();
      const second = blockContentStarts(state.doc)[2]! - 1;
      let s = state.apply(state.tr.setMeta(proofWindowKey, { from: 0, to: second }));
      expect(shown(s)).toEqual(['法治思想', ',']);
      s = s.apply(s.tr.insertText('我们', 1));
      expect(shown(s)).toEqual(['法治思想', ',']);
      expect(proofMarksKey.getState(s)!.window).toEqual({ from: 0, to: second + 2 });
      const moved = marks.map((m): ProofMark => ({ ...m, from: m.from + 2, to: m.to + 2 }));
      s = s.apply(s.tr.setMeta(proofMarksKey, moved));
      expect(shown(s)).toEqual(['法治思想', ',']);
      // Drawn from the full set's decorations (same spec objects), so ProseMirror sees equal ones and keeps the spans.
      const specs = proofMarksKey
        .getState(s)!
        .decorations.find()
        .map((d) => d.spec);
      for (const d of proofMarksKey.getState(s)!.shown.find()) expect(specs.some((spec) => spec === d.spec)).toBe(true);
    });

    it('spans the screen and half as much again each way, within the document', () => {
      expect(windowAround(10_000, 13_000, 60_000)).toEqual({ from: 8_500, to: 14_500 });
      expect(windowAround(1_000, 1_200, 60_000)).toEqual({ from: 700, to: 1_500 });
      expect(windowAround(100, 400, 60_000)).toEqual({ from: 0, to: 700 });
      expect(windowAround(58_000, 59_900, 60_000)).toEqual({ from: 57_050, to: 60_000 });
    });
  });
});
