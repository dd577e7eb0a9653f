import { describe, expect, it } from 'vitest';
import { emWidth, TITLE_LINE_EM, titleBreak, titleBreakCandidates } from '../../src/model/titleLines.ts';

const lines = (text: string): string[] => {
  const at = titleBreak(text);
  return at === null ? [text] : [text.slice(0, at), text.slice(at)];
};

describe('emWidth', () => {
  it('counts full-width characters as 1 and ASCII as ½', () => {
    expect(emWidth('县司法局')).toBe(4);
    expect(emWidth('2023年')).toBe(3);
    expect(emWidth('（一）XX')).toBe(4);
  });
});

describe('titleBreak (GB/T 9704-2012 7.3.1)', () => {
  it('leaves a title that fits on one line alone', () => {
    expect(titleBreak('县司法局2023年法治政府建设工作报告')).toBeNull();
    // exactly one line: 伊春市教育局 6 + 2023 2 + 年度 2 + 10 = 20
    expect(emWidth('伊春市教育局2023年度法治政府建设工作报告')).toBe(TITLE_LINE_EM);
    expect(titleBreak('伊春市教育局2023年度法治政府建设工作报告')).toBeNull();
  });

  it('breaks a long unit name before the year: complete phrases, a trapezoid', () => {
    expect(lines('XX市XX县人民政府办公室2023年度法治政府建设工作报告')).toEqual(['XX市XX县人民政府办公室', '2023年度法治政府建设工作报告']);
    expect(lines('中共大方县委政法委员会2023年法治政府建设工作情况报告')).toEqual(['中共大方县委政法委员会', '2023年法治政府建设工作情况报告']);
  });

  it('keeps the unit whole and the year with the subject when those lines fit; otherwise the next boundary', () => {
    // before the year: 17 | 14 (before 法治 would give 20 | 10)
    const title = '黑龙江省伊春市伊美区市场监督管理局2023年度法治政府建设工作报告';
    expect(lines(title)).toEqual(['黑龙江省伊春市伊美区市场监督管理局', '2023年度法治政府建设工作报告']);
    // the year with the subject would not fit a line (21 em): the subject goes to the second line
    expect(emWidth('2023年度法治政府建设工作开展情况和成效报告')).toBe(21);
    expect(lines('县司法局2023年度法治政府建设工作开展情况和成效报告')).toEqual(['县司法局2023年度', '法治政府建设工作开展情况和成效报告']);
    // before 关于 when there is no year
    expect(lines('中共伊春市伊美区委员会关于法治政府建设工作情况的报告')).toEqual(['中共伊春市伊美区委员会', '关于法治政府建设工作情况的报告']);
  });

  it('avoids two lines of equal length (a rectangle) when another boundary fits', () => {
    // before the year: 13 | 13 (a rectangle); before 法治: 16 | 10
    const title = '县人民政府办公室行政审批科2023年法治政府建设工作报告';
    expect(emWidth('县人民政府办公室行政审批科')).toBe(13);
    expect(emWidth('2023年法治政府建设工作报告')).toBe(13);
    expect(lines(title)).toEqual(['县人民政府办公室行政审批科2023年', '法治政府建设工作报告']);
  });

  it('keeps a break the user typed, and gives up when no boundary makes two lines that fit', () => {
    expect(titleBreak('XX市XX县人民政府办公室\n2023年度法治政府建设工作报告')).toBeNull();
    expect(titleBreak('这是一个没有年份也没有任何可以断开的位置的非常非常长的标题文字')).toBeNull();
    expect(titleBreak('一'.repeat(25) + '2023年' + '二'.repeat(25))).toBeNull();
  });

  it('finds phrase starts only inside the title', () => {
    expect(titleBreakCandidates('2023年度法治政府建设工作报告')).toEqual([6]);
    expect(titleBreakCandidates('县局关于2023年法治政府建设的报告')).toEqual([4, 2, 9]);
  });
});
