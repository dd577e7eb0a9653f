import { describe, expect, it } from 'vitest';
import { EXAMPLES, getExample } from '../../src/examples/examples.ts';
import { classifyHeadingPart, headingSignals, isCombinedProblemsPlans, type PartInput, tagParts } from '../../src/text/parts.ts';
import type { Part } from '../../src/model/part.ts';
import type { HeadingLevel } from '../../src/model/schema.ts';

describe('classifyHeadingPart', () => {
  const cases: ReadonlyArray<[text: string, level: HeadingLevel, parent: Part | null, expected: Part]> = [
    // level 1: the seven reports' section titles
    ['工作开展情况', 1, null, 'work'],
    ['主要工作', 1, null, 'work'],
    ['法治政府建设情况', 1, null, 'work'],
    ['实行依法行政，构建法治政府格局', 1, null, 'work'],
    ['法治建设工作完成情况', 1, null, 'work'],
    ['履行推进法治政府建设第一责任人职责情况', 1, null, 'duty'],
    ['党政主要负责人履行推进法治建设第一责任人职责情况', 1, null, 'duty'],
    ['存在的不足', 1, null, 'problems'],
    ['存在问题', 1, null, 'problems'],
    ['存在困难和问题', 1, null, 'problems'],
    ['存在的不足和问题', 1, null, 'problems'],
    ['存在问题及下一步计划', 1, null, 'problems'],
    ['下一步工作打算', 1, null, 'plans'],
    ['下一步工作计划', 1, null, 'plans'],
    ['2024年工作打算', 1, null, 'plans'],
    ['下步工作思路', 1, null, 'plans'],
    ['2025年工作安排', 1, null, 'plans'],
    ['其他需要报告的情况', 1, null, 'other'],
    // level 2: duty inside work
    ['加强组织领导认真履行法治建设第一责任人职责。本局主要负责同志……', 2, 'work', 'duty'],
    ['扛牢法治建设主体责任，做到“三个带头”', 2, 'work', 'duty'],
    // level 2: the keyword must be in the heading phrase, not in the run-in body
    ['加强组织领导，推进法治建设。……严格履行法治政府建设第一责任人职责……', 2, 'work', 'work'],
    ['强化学习宣传', 2, 'work', 'work'],
    ['健全党领导全面依法治镇制度和工作机制', 2, 'work', 'work'],
    ['着力解决群众反映强烈的问题。……', 2, 'work', 'work'],
    ['进一步完善领导干部及民警学法用法制度。', 2, 'plans', 'plans'],
    // level 2: a subsection may move its section forward, never back
    ['存在的主要问题', 2, 'work', 'problems'],
    ['下一步工作打算', 2, 'work', 'plans'],
    ['下一步工作打算', 2, 'problems', 'plans'],
    ['压实第一责任人职责。……', 2, 'plans', 'plans'],
    ['针对存在的问题，完善制度。', 2, 'plans', 'plans'],
    ['围绕全面履职职能，提高法治能力建设。', 2, 'problems', 'problems'],
    // levels 3–4 inherit
    ['加强普法责任。', 3, 'duty', 'duty'],
    ['存在的问题', 3, 'work', 'work'],
    ['完善制度', 4, 'plans', 'plans'],
  ];
  it.each(cases)('“%s” (level %s, parent %s) → %s', (text, level, parent, expected) => {
    expect(classifyHeadingPart(text, level, parent)).toBe(expected);
  });

  it('ignores the numbering', () => {
    expect(classifyHeadingPart('二、存在问题', 1, null)).toBe('problems');
    expect(headingSignals('（一）扛牢法治建设主体责任', 2)).toEqual({ other: false, duty: true, problems: false, plans: false });
  });

  it('detects combined problems+plans sections at level 1 only', () => {
    expect(isCombinedProblemsPlans('存在问题及下一步计划', 1)).toBe(true);
    expect(isCombinedProblemsPlans('存在问题', 1)).toBe(false);
    expect(isCombinedProblemsPlans('下一步工作打算', 1)).toBe(false);
    expect(isCombinedProblemsPlans('存在问题及下一步计划', 2)).toBe(false);
  });
});

describe('tagParts', () => {
  const h = (level: HeadingLevel, text: string): PartInput => ({ type: 'heading', level, text });
  const p = (text: string): PartInput => ({ type: 'paragraph', text });

  it('splits a combined section at the first heading after the problems paragraph', () => {
    const tagged = tagParts([
      { type: 'intro', text: '导语' },
      h(1, '工作开展情况'),
      p('……'),
      h(1, '存在问题及下一步计划'),
      p('今年……不足之处：一是……下一步，我镇将从以下方面着手：'),
      h(2, '围绕全面履职职能，提高法治能力建设。'),
      p('具体……'),
      h(2, '加强普法。'),
      { type: 'signoff', text: 'XX镇人民政府' },
    ]);
    expect(tagged.map((b) => b.part)).toEqual(['intro', 'work', 'work', 'problems', 'problems', 'plans', 'plans', 'plans', 'signoff']);
  });

  it('splits a combined section at a 下一步 paragraph when it has no headings', () => {
    const tagged = tagParts([h(1, '存在问题和下步打算'), p('一是……二是……'), p('三是……'), p('下一步，我局将……'), p('同时……')]);
    expect(tagged.map((b) => b.part)).toEqual(['problems', 'problems', 'problems', 'plans', 'plans']);
  });

  it('lets subsections of a combined section speak for themselves', () => {
    const tagged = tagParts([h(1, '存在的问题及下一步工作打算'), h(2, '存在的问题'), p('……'), h(2, '下一步工作打算'), p('……')]);
    expect(tagged.map((b) => b.part)).toEqual(['problems', 'problems', 'problems', 'plans', 'plans']);
  });

  it('inherits from the enclosing heading, not from the previous sibling', () => {
    const tagged = tagParts([h(1, '工作开展情况'), h(2, '加强组织领导，履行第一责任人职责。'), p('……'), h(2, '强化学习宣传'), h(3, '加强普法责任。'), p('……')]);
    expect(tagged.map((b) => b.part)).toEqual(['work', 'duty', 'duty', 'work', 'work', 'work']);
  });

  it('tags pre-heading paragraphs as intro and keeps the input untouched', () => {
    const input = [p('导语一'), p('导语二'), h(1, '主要工作')];
    const tagged = tagParts(input);
    expect(tagged.map((b) => b.part)).toEqual(['intro', 'intro', 'work']);
    expect(input[0]).not.toHaveProperty('part');
  });
});

/** Expected parts, as runs of [part, count] over each report's blocks (seed line ranges in comments). */
const EXPECTED_PARTS: ReadonlyArray<[id: string, runs: ReadonlyArray<[Part, number]>]> = [
  // 20 intro · 21 一、 · 22 （一）…第一责任人 · 23–34 · 35–36 存在的不足 · 37–38 下一步工作打算
  [
    'county-investment',
    [
      ['intro', 1],
      ['work', 1],
      ['duty', 1],
      ['work', 12],
      ['problems', 2],
      ['plans', 2],
    ],
  ],
  // 44 · 45–49 主要工作 · 50–51 第一责任人 · 52–54 存在问题 · 55–58 下一步
  [
    'county-commerce',
    [
      ['intro', 1],
      ['work', 5],
      ['duty', 2],
      ['problems', 3],
      ['plans', 4],
    ],
  ],
  // 62 · 63–81 一～四 · 82 五、存在问题及下一步计划 + 83 problems paragraph · 84–87 （一）–（四） · 88–89
  [
    'xx-town',
    [
      ['intro', 1],
      ['work', 19],
      ['problems', 2],
      ['plans', 4],
      ['signoff', 2],
    ],
  ],
  // 95 · 96 一、 · 97–98 （一）三个带头 · 99–102 · 103–104 · 105–106
  [
    'city-education',
    [
      ['intro', 1],
      ['work', 1],
      ['duty', 2],
      ['work', 4],
      ['problems', 2],
      ['plans', 2],
    ],
  ],
  // 111 · 112–125 · 126–129 二、2024年工作打算 (no problems part)
  [
    'county-police',
    [
      ['intro', 1],
      ['work', 14],
      ['plans', 4],
    ],
  ],
  // 135 · 136–141 · 142–143 · 144–148
  [
    'county-justice',
    [
      ['intro', 1],
      ['work', 6],
      ['problems', 2],
      ['plans', 5],
    ],
  ],
  // 154 · 155–162 · 163–164 · 165–168
  [
    'county-statistics',
    [
      ['intro', 1],
      ['work', 8],
      ['problems', 2],
      ['plans', 4],
    ],
  ],
];

describe('parts of the seven reports', () => {
  it.each(EXPECTED_PARTS)('%s: every block', (id, runs) => {
    const expected = runs.flatMap(([part, n]) => Array<Part>(n).fill(part));
    expect(getExample(id)!.blocks.map((b) => b.part)).toEqual(expected);
  });

  const tricky: ReadonlyArray<[name: string, id: string, textStart: string, part: Part]> = [
    ['XX镇 combined heading is problems', 'xx-town', '存在问题及下一步计划', 'problems'],
    ['XX镇 不足之处 paragraph is problems', 'xx-town', '今年我镇在法治政府建设工作上取得了一定的成绩', 'problems'],
    ['XX镇 （一） after it is plans', 'xx-town', '围绕全面履职职能', 'plans'],
    ['XX镇 （四） is plans', 'xx-town', '不断加大民主法治创建力度。', 'plans'],
    ['XX镇 work heading 四、 stays work', 'xx-town', '完善法律服务工作领域', 'work'],
    ['公安局 2024年工作打算 is plans', 'county-police', '2024年工作打算', 'plans'],
    ['公安局 （三）守法工作。 is work', 'county-police', '守法工作。', 'work'],
    ['first report （一）第一责任人 is duty', 'county-investment', '加强组织领导认真履行法治建设第一责任人职责。', 'duty'],
    ['first report （二） is work again', 'county-investment', '强化学习宣传', 'work'],
    ['first report 1.加强普法责任 is work', 'county-investment', '加强普法责任。', 'work'],
    ['教育局 （一）三个带头 is duty', 'city-education', '扛牢法治建设主体责任，做到“三个带头”', 'duty'],
    ['教育局 一是带头…第一责任人 paragraph is duty', 'city-education', '一是带头认真履行法治建设第一责任人职责', 'duty'],
    ['教育局 （二） is work', 'city-education', '加强法治政府建设，全面推进依法行政', 'work'],
    ['商务局 二、第一责任人 heading is duty', 'county-commerce', '履行推进法治政府建设第一责任人职责情况', 'duty'],
    ['商务局 its paragraph is duty', 'county-commerce', '一年来，局党组书记、局长坚持落实好法制建设', 'duty'],
    ['商务局 （一） mentions 第一责任人 only in its body: work', 'county-commerce', '加强组织领导，推进法治建设。', 'work'],
    ['司法局 下步工作思路 is plans', 'county-justice', '下步工作思路', 'plans'],
    ['统计局 （三）统计行政决策… is work', 'county-statistics', '统计行政决策科学化、民主化、法治化有了较大提升。', 'work'],
  ];
  it.each(tricky)('%s', (_name, id, textStart, part) => {
    const matches = getExample(id)!.blocks.filter((b) => b.text.startsWith(textStart));
    expect(matches).toHaveLength(1);
    expect(matches[0]!.part).toBe(part);
  });

  it('county-police has no problems part; every report has work and plans', () => {
    expect(getExample('county-police')!.blocks.some((b) => b.part === 'problems')).toBe(false);
    for (const r of EXAMPLES) {
      expect(
        r.blocks.some((b) => b.part === 'work'),
        r.id,
      ).toBe(true);
      expect(
        r.blocks.some((b) => b.part === 'plans'),
        r.id,
      ).toBe(true);
    }
  });

  it('re-tagging the stored blocks reproduces the stored parts', () => {
    for (const r of EXAMPLES)
      expect(
        tagParts(r.blocks).map((b) => b.part),
        r.id,
      ).toEqual(r.blocks.map((b) => b.part));
  });
});
