import { describe, expect, it } from 'vitest';
import { chineseNumeral, computeNumbering, numberLabel, parseNumberPrefix } from '../../src/model/numbering.ts';
import type { HeadingLevel } from '../../src/model/schema.ts';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
  ])('%i → %s', (n, expected) => expect(chineseNumeral(n)).toBe(expected));
});

describe('numberLabel', () => {
  it.each([
    [1, 3, '三、'],
    [2, 12, '（十二）'],
    [3, 4, '4.'],
    [4, 2, '（2）'],
  ] as const)('level %i, n=%i → %s', (level, n, expected) => expect(numberLabel(level, n)).toBe(expected));
});

describe('computeNumbering', () => {
  const cases: Array<{ name: string; levels: HeadingLevel[]; labels: string[] }> = [
    { name: 'flat level-1 sections', levels: [1, 1, 1], labels: ['一、', '二、', '三、'] },
    {
      name: 'nested sections reset deeper counters',
      levels: [1, 2, 3, 3, 4, 2, 3, 1, 2],
      labels: ['一、', '（一）', '1.', '2.', '（1）', '（二）', '1.', '二、', '（一）'],
    },
    { name: 'a skipped level counts on its own', levels: [1, 3, 3, 2, 3], labels: ['一、', '1.', '2.', '（一）', '1.'] },
    { name: 'deleting （二） renumbers （三） as （二）', levels: [1, 2, 2], labels: ['一、', '（一）', '（二）'] },
  ];
  it.each(cases)('$name', ({ levels, labels }) => expect(computeNumbering(levels)).toEqual(labels));
});

describe('parseNumberPrefix', () => {
  it.each([
    ['一、工作开展情况', 1, '一、', '工作开展情况'],
    ['（三）强化文件审查', 2, '（三）', '强化文件审查'],
    ['(三)强化文件审查', 2, '(三)', '强化文件审查'],
    ['1.加强普法责任。', 3, '1.', '加强普法责任。'],
    ['（2）完善制度', 4, '（2）', '完善制度'],
  ] as const)('%s', (input, level, prefix, rest) => expect(parseNumberPrefix(input)).toEqual({ level, prefix, rest }));

  it.each(['一是带头学法', '3.8妇女节宣传', '2023年，在县委领导下', '正文'])('no prefix in %s', (input) => {
    expect(parseNumberPrefix(input)).toBeNull();
  });
});
