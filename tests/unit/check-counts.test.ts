import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/checkDraft.ts';
import { countCharacters } from '../../src/check/counts.ts';
import type { ReportFields } from '../../src/model/fields.ts';
import { field, heading, hintParagraph, paragraph, reportDoc, signoff, title } from '../../src/model/schema.ts';

describe('countCharacters: every non-whitespace character is 1', () => {
  const cases: Array<[string, number]> = [
    ['', 0],
    ['法治政府', 4],
    ['法治，政府。', 6], // Chinese punctuation counts
    ['“依法行政”', 6],
    ['2024年', 5], // each digit counts (Word's 字数 would say 2)
    ['APP公众号', 6],
    ['a b\tc\nd', 4],
    ['全\u3000角', 2], // the ideographic space is whitespace
    ['\u00a0', 0],
    ['𠀀字', 2], // a character outside the BMP is one, not two
  ];
  it.each(cases)('%j → %i', (text, n) => {
    expect(countCharacters(text)).toBe(n);
  });
});

const fields: ReportFields = { unit: '县司法局', year: 2024, superior: '县委、县政府', date: '2025-02-01' };

describe('counts of a draft', () => {
  const doc = reportDoc(
    title(field('unit'), field('year'), '年法治政府建设工作报告'), // 4 + 4 + 11 = 19
    paragraph('在', field('superior'), '的领导下。'), // 1 + 6 + 5 = 12 (intro)
    heading(1, {}, '工作开展情况'), // 一、 + 6 = 8
    paragraph('依法行政。'), // 5
    heading(1, {}, '存在的问题'), // 二、 + 5 = 7
    hintParagraph('写明问题'), // 0: guidance is not text
    heading(1, {}, '下一步工作打算'), // 三、 + 7 = 9
    paragraph('继续 努力 。'), // 5
    signoff('unit', field('unit')), // 4
    signoff('date', field('date')), // 2025年2月1日 = 9
  );
  const { counts } = checkDraft(doc, fields);

  it('counts by part, with numbering and field values, without hints', () => {
    expect(counts.byPart).toEqual({ work: 13, duty: 0, problems: 7, plans: 14 });
  });
  it('counts the whole report, title and sign-off included', () => {
    expect(counts.total).toBe(19 + 12 + 13 + 7 + 14 + 4 + 9);
  });
  it('empty fields count nothing', () => {
    expect(checkDraft(doc, { unit: '', year: null, superior: '', date: '' }).counts.total).toBe(11 + 6 + 13 + 7 + 14);
  });
});
