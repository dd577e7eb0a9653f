import { describe, expect, it } from 'vitest';
import { ANSWER_HINT, answerBlocksFor, answerPlacement } from '../../src/yearly/answerPlacement.ts';
import { heading, hintParagraph, paragraph } from '../../src/model/schema.ts';
import { doc, h1, h2, p, t, unitLine } from '../helpers/builders.ts';

describe('插入对应段落', () => {
  it('goes after the last block of 工作开展情况', () => {
    const d = doc(t('报告'), p('导语。'), h1('主要举措和成效'), h2('强化组织领导'), p('正文。'), h1('存在的不足和原因'), p('不足。'));
    expect(answerPlacement(d)).toEqual({ index: 4, precedingHeadingLevel: 2 });
  });

  it('without a 工作开展情况 part, goes before the first later part', () => {
    const d = doc(t('报告'), p('导语。'), h1('存在的不足和原因'), p('不足。'), unitLine('县司法局'));
    expect(answerPlacement(d).index).toBe(1);
  });

  it('a heading plan starts a （一） heading and an empty paragraph; a sentence plan a paragraph', () => {
    expect(answerBlocksFor({ id: 'a', text: '深化行政复议体制改革', blockIndex: 3, fromHeading: true })).toEqual([
      heading(2, { part: null }, '深化行政复议体制改革'),
      hintParagraph(ANSWER_HINT),
    ]);
    expect(answerBlocksFor({ id: 'b', text: '加强普法宣传教育', blockIndex: 3, fromHeading: false })).toEqual([paragraph('加强普法宣传教育。')]);
  });
});
