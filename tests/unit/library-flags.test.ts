import { describe, expect, it } from 'vitest';
import { detectFlags, markText, placeNames, type FlagContext } from '../../src/library/flags.ts';
import { findUnitNames, levelOfUnit } from '../../src/text/unitNames.ts';
import type { FlagKind } from '../../src/model/schema.ts';

/** The flagged substrings of `text`, as `kind:text`. */
const flagged = (text: string, context?: FlagContext): string[] => detectFlags(text, context).map((f) => `${f.kind}:${text.slice(f.from, f.to)}`);

interface Case {
  readonly name: string;
  readonly text: string;
  readonly expected: string[];
  readonly context?: FlagContext;
}

/** [name, text, expected flags as `kind:text`, context]. */
const ROWS: ReadonlyArray<readonly [string, string, string[], FlagContext?]> = [
  ['blank', '目前现存权责清单共XX项，分别是行政许可XX项', ['blank:XX', 'blank:XX']],
  ['full-width and × blanks', '共ＸＸ人，××名', ['blank:ＸＸ', 'blank:××']],
  ['county bureau', '联合县市场监督管理局、县消防救援大队等部门', ['unit:县市场监督管理局', 'unit:县消防救援大队']],
  ['city bureau', '在市司法局的指导下，市教育局坚持', ['unit:市司法局', 'unit:市教育局']],
  ['bureau with a blank place is one unit name', 'XX县公安局对权责清单实施动态管理', ['unit:XX县公安局']],
  ['named city in a title', '印发《伊春市教育局行政处罚裁量基准》', ['unit:伊春市教育局']],
  ['named county without suffix', '通过大方县智慧普法依法治理云平台', ['unit:大方县']],
  ['named city after an enumeration comma', '严格落实中央、省、江门市和我市法治建设', ['unit:江门市', 'self:我市']],
  ['chained levels', 'XX市XX镇人民政府', ['unit:XX市XX镇人民政府']],
  ['superior is not another unit', '在县委、县政府的正确领导下', []],
  ['superior without comma', '紧紧围绕县委县政府“六大战役”', []],
  ['superior of another level when the draft is a city bureau', '在县委、县政府的正确领导下', ['unit:县委', 'unit:县政府'], { draftUnit: '市统计局' }],
  ['superior of the same level', '在县委、县政府的正确领导下', [], { draftUnit: '县统计局' }],
  ['self references', '本局主要负责同志认真履行职责，我局将依法履职，本单位、我镇、我县', ['self:本局', 'self:我局', 'self:本单位', 'self:我镇', 'self:我县']],
  ['self references that fit the draft stay', '我局将依法履职，本单位、我镇、我县', ['self:我镇'], { draftUnit: '县统计局' }],
  ['我所在 is no office', '我所在的单位', []],
  [
    'figures',
    '走访服务企业10797家，代办完成率100%，发布60多篇，开展400余次，6.4万人次',
    ['figure:10797家', 'figure:100%', 'figure:60多篇', 'figure:400余次', 'figure:6.4万人次'],
  ],
  [
    'figures with every unit',
    '1次2人3人次4件5宗6场7条8份9个10%11％12﹪13万元14名15起16期17篇',
    [
      'figure:1次',
      'figure:2人',
      'figure:3人次',
      'figure:4件',
      'figure:5宗',
      'figure:6场',
      'figure:7条',
      'figure:8份',
      'figure:9个',
      'figure:10%',
      'figure:11％',
      'figure:12﹪',
      'figure:13万元',
      'figure:14名',
      'figure:15起',
      'figure:16期',
      'figure:17篇',
    ],
  ],
  ['dates, years and document numbers are no figures', '2023年11月6日，国办发〔2015〕58号，12345热线，“1+3+N”', []],
  ['source unit and its short form', '商务局始终把法治政府建设作为基本准则，县商务局', ['unit:商务局', 'unit:县商务局'], { sourceUnit: '县商务局' }],
  ['source places without a level', '为大方经济社会发展', ['unit:大方'], { sourcePlaces: ['大方'] }],
  ['the draft’s own unit is not flagged', '县司法局在法治政府建设中取得成绩', [], { draftUnit: '大方县司法局' }],
  ['plain text', '坚持以新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，全面落实法治思想。', []],
  ['common words with level characters', '加强市场监管，建设文明城市，推进乡村振兴，全县上下，县级部门，依法治县，社区矫正，城乡一体', []],
  ['clause-initial verbs are no place names', '联合开展检查，推进镇综合行政执法，依托镇村两级公共法律服务载体，利用镇政府大院', []],
];
const CASES: Case[] = ROWS.map(([name, text, expected, context]) => ({ name, text, expected, ...(context ? { context } : {}) }));

describe('detectFlags', () => {
  it.each(CASES)('$name', ({ text, expected, context }) => {
    expect(flagged(text, context)).toEqual(expected);
  });

  it('returns sorted, non-overlapping offsets', () => {
    const text = 'XX县公安局开展执法检查12次，我局参加';
    const flags = detectFlags(text);
    flags.forEach((f, i) => {
      expect(f.to).toBeGreaterThan(f.from);
      if (i > 0) expect(f.from).toBeGreaterThanOrEqual(flags[i - 1]!.to);
    });
    expect(flags.map((f) => f.kind)).toEqual<FlagKind[]>(['unit', 'figure', 'self']);
  });
});

describe('unit names', () => {
  it.each([
    ['县统计局', '县'],
    ['伊春市教育局', '市'],
    ['XX镇', '镇'],
    ['大方县司法局', '县'],
    ['XX市XX镇人民政府', '镇'],
    ['市场监督管理局', null],
  ])('level of %s is %s', (unit, level) => {
    expect(levelOfUnit(unit)).toBe(level);
  });

  it('marks bare superior references', () => {
    expect(findUnitNames('市委市政府').map((s) => s.superior)).toEqual([true, true]);
  });

  it('collects place names of a report', () => {
    expect(placeNames(['通过大方县智慧普法', '为大方经济社会', '印发《伊春市教育局规定》', 'XX县公安局'])).toEqual(['大方', '伊春']);
  });
});

describe('markText', () => {
  const source = { report: '县司法局2023年法治政府建设工作报告', heading: '一、法治建设工作完成情况' };
  const sourceMark = { type: 'source', attrs: source } as const;

  it('splits text into runs, flagged runs first-marked with flag', () => {
    const text = '对XX个单位开展检查12次。';
    const nodes = markText(text, detectFlags(text), source);
    expect(nodes).toEqual([
      { type: 'text', text: '对', marks: [sourceMark] },
      { type: 'text', text: 'XX', marks: [{ type: 'flag', attrs: { kind: 'blank' } }, sourceMark] },
      { type: 'text', text: '个单位开展检查', marks: [sourceMark] },
      { type: 'text', text: '12次', marks: [{ type: 'flag', attrs: { kind: 'figure' } }, sourceMark] },
      { type: 'text', text: '。', marks: [sourceMark] },
    ]);
    expect(nodes.map((n) => n.text).join('')).toBe(text);
  });

  it('marks unflagged text with its source only', () => {
    expect(markText('全面落实。', [], source)).toEqual([{ type: 'text', text: '全面落实。', marks: [sourceMark] }]);
  });

  it('returns no node for empty text and ignores out-of-range or overlapping flags', () => {
    expect(markText('', [], source)).toEqual([]);
    const nodes = markText(
      'abcdef',
      [
        { from: 1, to: 3, kind: 'blank' },
        { from: 2, to: 4, kind: 'unit' },
        { from: 5, to: 99, kind: 'self' },
      ],
      source,
    );
    expect(nodes.map((n) => n.text)).toEqual(['a', 'bc', 'de', 'f']);
    expect(nodes.map((n) => n.marks?.length)).toEqual([1, 2, 1, 2]);
  });
});
