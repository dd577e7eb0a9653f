import { describe, expect, it } from 'vitest';
import { shiftYears } from '../../src/text/years.ts';

/** [name, input, expected] with fromYear 2023 → toYear 2024. */
const SHIFT_2023_TO_2024: ReadonlyArray<readonly [string, string, string]> = [
  ['report year', '2023年，在县委、县政府的正确领导下', '2024年，在县委、县政府的正确领导下'],
  ['next-year plans', '二、2024年工作打算', '二、2025年工作打算'],
  ['date inside a sentence', '截至2023年10月，全镇主动公开政府信息100条', '截至2024年10月，全镇主动公开政府信息100条'],
  ['full date', '截至2023年11月6日，累计开展执法检查400余次', '截至2024年11月6日，累计开展执法检查400余次'],
  ['年度', '2023年度我单位干部职工法宣在线学法考试完成率100%', '2024年度我单位干部职工法宣在线学法考试完成率100%'],
  ['年以来', '虽然2023年以来，我局取得一定成效', '虽然2024年以来，我局取得一定成效'],
  ['several years', '2023年完成，2024年继续', '2024年完成，2025年继续'],
  ['history stays', '2019年起实行，2023年完善', '2019年起实行，2024年完善'],
  ['年度以来 history stays', '开展2020年度以来行政规范性文件审查、清理工作', '开展2020年度以来行政规范性文件审查、清理工作'],
  ['target year stays', '到2025年基本建成法治政府', '到2025年基本建成法治政府'],
  ['plan period in book-title marks', '根据《法治政府建设实施纲要（2021—2025年）》的要求', '根据《法治政府建设实施纲要（2021—2025年）》的要求'],
  [
    'hyphenated plan period in book-title marks',
    '2023年，县商务局根据《法治政府建设实施纲要（2020-2025年）》的要求',
    '2024年，县商务局根据《法治政府建设实施纲要（2020-2025年）》的要求',
  ],
  ['report year inside a document title', '制定《市教育局2023年法治政府建设工作计划》', '制定《市教育局2023年法治政府建设工作计划》'],
  [
    'nested title marks',
    '认真贯彻落实《XX县贯彻落实〈云南省法治政府建设实施纲要（2021—2025年）〉任务分解方案》',
    '认真贯彻落实《XX县贯彻落实〈云南省法治政府建设实施纲要（2021—2025年）〉任务分解方案》',
  ],
  [
    'report years inside a title with a period',
    '联合印发《XX县2023年度保安行业“双随机、一公开”联合抽查工作方案（2023—2024年）》',
    '联合印发《XX县2023年度保安行业“双随机、一公开”联合抽查工作方案（2023—2024年）》',
  ],
  ['next year inside a title', '印发《2024年普法工作要点》，2024年工作打算', '印发《2024年普法工作要点》，2025年工作打算'],
  ['range without the first 年', '2023—2024年度聘任', '2024—2025年度聘任'],
  ['document number', '根据市政府〔2023〕74号文件，2023年开展', '根据市政府〔2023〕74号文件，2024年开展'],
  ['document number with issuer', '《通知》（国办发〔2015〕58号）', '《通知》（国办发〔2015〕58号）'],
  ['range reaching into history stays whole', '完成了2022年度-2023年度法律顾问考核', '完成了2022年度-2023年度法律顾问考核'],
  ['range of report year and next shifts whole', '和2023年-2024年度聘任工作', '和2024年-2025年度聘任工作'],
  ['plan period without title marks stays', '“十四五”（2021—2025年）期间', '“十四五”（2021—2025年）期间'],
  ['year without 年 stays', '编号2023-17的案件', '编号2023-17的案件'],
  ['longer digit runs are not years', '受理12023件', '受理12023件'],
  ['after a closed title the text shifts again', '《规划》2023年印发', '《规划》2024年印发'],
];

describe('shiftYears 2023 → 2024', () => {
  it.each(SHIFT_2023_TO_2024)('%s', (_name, input, expected) => {
    expect(shiftYears(input, 2023, 2024)).toBe(expected);
  });
});

describe('shiftYears, other deltas', () => {
  it('moves by more than one year and keeps offsets', () => {
    const input = '2023年工作总结和2024年工作打算';
    const out = shiftYears(input, 2023, 2026);
    expect(out).toBe('2026年工作总结和2027年工作打算');
    expect(out).toHaveLength(input.length);
  });

  it('moves back', () => {
    expect(shiftYears('2023年，2024年工作打算，2022年', 2023, 2022)).toBe('2022年，2023年工作打算，2022年');
  });

  it('leaves the text alone when the years are equal', () => {
    const input = '2023年和2024年';
    expect(shiftYears(input, 2023, 2023)).toBe(input);
  });
});
