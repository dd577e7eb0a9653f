import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/checkDraft.ts';
import { quotedMask } from '../../src/text/years.ts';
import type { ReportFields } from '../../src/model/fields.ts';
import { field, heading, paragraph, reportDoc, title } from '../../src/model/schema.ts';

const fields: ReportFields = { unit: '县司法局', year: 2024, superior: '县委、县政府', date: '2025-02-01' };
const staleIn = (value: string, f: ReportFields = fields) => {
  const items = checkDraft(reportDoc(title('报告'), paragraph(value)), f).items.filter((i) => i.rule === 'stale-year');
  return items.map((i) => value.slice(i.from, i.to));
};

describe('stale-year in a 2024 report', () => {
  const reported: Array<[string, string[]]> = [
    ['2023年，我局认真贯彻落实……', ['2023年']],
    ['2023年度法治政府建设工作', ['2023年']],
    ['截至2022年底，共办理案件', ['2022年']],
    ['2021年6月，制定了制度', ['2021年']],
    ['2023 年，我局', ['2023 年']],
    ['2022年至2023年，连续两年', ['2022年', '2023年']],
    ['较2022年增长10%', ['2022年']], // comparison, but not with last year
    ['2023年工作打算', ['2023年']],
    ['根据《实施方案》，2023年完成', ['2023年']],
  ];
  it.each(reported)('%j → %j', (value, years) => {
    expect(staleIn(value)).toEqual(years);
  });

  const quiet: string[] = [
    '2024年，我局认真贯彻落实……',
    '2025年工作打算',
    '《法治政府建设实施纲要（2021—2025年）》',
    '《关于2023年度法治政府建设考核的通知》',
    '根据县政发〔2023〕5号文件',
    '根据县政发［2023年］5号文件',
    '“八五”普法规划（2021—2025年）',
    '2021年—2025年普法规划',
    '2022年度-2024年度法律顾问考核',
    '2022年至2025年',
    '2020年以来，累计办理',
    '2021年度以来',
    '自2022年起实施',
    '从2023年开始',
    '较2023年增长12%',
    '比2023年减少',
    '与2023年相比',
    '同比2023年',
    '自1982年宪法颁布以来', // far back: deliberate history
    '2020年机构改革', // beyond the 3-year window
    '办理案件2023件', // a count, not a year
    '编号12023年', // not a four-digit year
  ];
  it.each(quiet)('%j → nothing', (value) => {
    expect(staleIn(value)).toEqual([]);
  });

  it('nothing is reported while the report year is empty', () => {
    expect(staleIn('2023年，我局', { ...fields, year: null })).toEqual([]);
  });

  it('the year field itself is never stale', () => {
    const items = checkDraft(reportDoc(title(field('year'), '年报告'), paragraph(field('year'), '年，我局')), fields).items;
    expect(items.filter((i) => i.rule === 'stale-year')).toEqual([]);
  });

  it('title and headings are checked, with a warning naming both years', () => {
    const items = checkDraft(
      reportDoc(title('县司法局2023年法治政府建设工作报告'), heading(1, {}, '2023年工作开展情况'), paragraph('正文')),
      fields,
    ).items.filter((i) => i.rule === 'stale-year');
    expect(items).toMatchObject([
      { blockIndex: 0, from: 4, to: 9, severity: 'warning' },
      { blockIndex: 1, from: 0, to: 5, severity: 'warning' },
    ]);
    expect(items[0]!.message).toBe('“2023年”早于报告年度（2024年），可能是范文或往年报告中未改的年份，请核实。');
  });
});

describe('quotedMask', () => {
  const cases: Array<[string, string]> = [
    ['甲《乙》丙〔2023〕丁', '011101111110'],
    ['《a《b》c》d', '11111110'],
    ['【x】[y]［z］', '111111111'],
    ['无括号', '000'],
    ['《未闭合', '1111'],
  ];
  it.each(cases)('%j → %s', (value, expected) => {
    expect(
      quotedMask(value)
        .map((b) => (b ? '1' : '0'))
        .join(''),
    ).toBe(expected);
  });
});
