import { describe, expect, it } from 'vitest';
import { EXAMPLES, getExample } from '../../src/examples/examples.ts';
import {
  headingLabel,
  isSignoffDate,
  isSignoffUnit,
  MAX_STANDALONE_HEADING_CHARS,
  outlineFromLines,
  parseLine,
  type ParsedLine,
  signoffLength,
} from '../../src/text/headings.ts';
import type { ExampleReport } from '../../src/model/example.ts';
import { computeNumbering } from '../../src/model/numbering.ts';
import type { HeadingLevel } from '../../src/model/schema.ts';

const LONG_LEAD_ITEM =
  '1.认真贯彻落实省、市关于优化营商环境的决策部署，全面安排部署优化营商环境工作，压实工作责任，形成人人身上有指标、个个都是营商环境代言人的良好氛围。严格兑现向行政相对人依法作出的政策承诺。';

describe('parseLine', () => {
  const cases: ReadonlyArray<[name: string, line: string, expected: ParsedLine]> = [
    ['level-1 standalone', '一、工作开展情况', { type: 'heading', level: 1, runIn: false, numbering: '一、', text: '工作开展情况' }],
    ['level-1 with a year', '二、2024年工作打算', { type: 'heading', level: 1, runIn: false, numbering: '二、', text: '2024年工作打算' }],
    ['level-2 standalone', '（二）强化学习宣传', { type: 'heading', level: 2, runIn: false, numbering: '（二）', text: '强化学习宣传' }],
    [
      'level-2 standalone with quotes and comma',
      '（一）扛牢法治建设主体责任，做到“三个带头”',
      { type: 'heading', level: 2, runIn: false, numbering: '（一）', text: '扛牢法治建设主体责任，做到“三个带头”' },
    ],
    ['level-2 standalone ending in 。', '（三）守法工作。', { type: 'heading', level: 2, runIn: false, numbering: '（三）', text: '守法工作。' }],
    [
      'level-2 run-in',
      '（一）加强组织领导，推进法治建设。推进……',
      { type: 'heading', level: 2, runIn: true, numbering: '（一）', text: '加强组织领导，推进法治建设。推进……' },
    ],
    [
      'level-2 run-in whose lead is a statement',
      '（三）统计行政决策科学化、民主化、法治化有了较大提升。我局认真贯彻落实',
      { type: 'heading', level: 2, runIn: true, numbering: '（三）', text: '统计行政决策科学化、民主化、法治化有了较大提升。我局认真贯彻落实' },
    ],
    [
      'level-3 run-in',
      '1.加强普法责任。一方面，积极开展普法进企业活动',
      { type: 'heading', level: 3, runIn: true, numbering: '1.', text: '加强普法责任。一方面，积极开展普法进企业活动' },
    ],
    [
      'level-3 numbered body item with a long first sentence',
      LONG_LEAD_ITEM,
      { type: 'heading', level: 3, runIn: true, numbering: '1.', text: LONG_LEAD_ITEM.slice(2) },
    ],
    [
      'level-3 one long sentence',
      '1.严格执行规范性文件合法性审查、备案和清理制度，及时对失效文件进行处理，确保我局规范性文件的合法性和有效性。',
      {
        type: 'heading',
        level: 3,
        runIn: true,
        numbering: '1.',
        text: '严格执行规范性文件合法性审查、备案和清理制度，及时对失效文件进行处理，确保我局规范性文件的合法性和有效性。',
      },
    ],
    ['level-3 with 、', '3、加强执法监督', { type: 'heading', level: 3, runIn: false, numbering: '3、', text: '加强执法监督' }],
    ['level-4 full-width', '（1）完善制度。建立……', { type: 'heading', level: 4, runIn: true, numbering: '（1）', text: '完善制度。建立……' }],
    ['level-4 ASCII brackets', '(2)健全机制', { type: 'heading', level: 4, runIn: false, numbering: '(2)', text: '健全机制' }],
    ['一是 is a paragraph', '一是强化组织保障。全镇围绕落实', { type: 'paragraph', text: '一是强化组织保障。全镇围绕落实' }],
    ['二是 is a paragraph', '二是普法学习教育存在不足。', { type: 'paragraph', text: '二是普法学习教育存在不足。' }],
    ['year-first paragraph', '2023年，在县委、县政府的正确领导下', { type: 'paragraph', text: '2023年，在县委、县政府的正确领导下' }],
    ['decimal number is not numbering', '2.5亿元用于法治建设。', { type: 'paragraph', text: '2.5亿元用于法治建设。' }],
    ['bare number is a paragraph', '一、', { type: 'paragraph', text: '一、' }],
  ];
  it.each(cases)('%s', (_name, line, expected) => {
    const parsed = parseLine(line);
    expect(parsed).toEqual(expected);
    expect((parsed.type === 'heading' ? parsed.numbering : '') + parsed.text).toBe(line);
  });

  it('draws the standalone/run-in line at the documented length', () => {
    const at = '（一）' + '规'.repeat(MAX_STANDALONE_HEADING_CHARS);
    const over = '（一）' + '规'.repeat(MAX_STANDALONE_HEADING_CHARS + 1);
    expect(parseLine(at)).toMatchObject({ runIn: false });
    expect(parseLine(over)).toMatchObject({ runIn: true });
  });
});

describe('headingLabel', () => {
  it('is numbering + lead for run-in headings, numbering + text otherwise', () => {
    expect(headingLabel({ numbering: '（一）', text: '加强组织领导。本局……', runIn: true })).toBe('（一）加强组织领导。');
    expect(headingLabel({ numbering: '二、', text: '存在问题', runIn: false })).toBe('二、存在问题');
    expect(headingLabel({ text: '存在问题' })).toBe('存在问题');
  });
});

describe('sign-off detection', () => {
  const cases: ReadonlyArray<[name: string, lines: string[], expected: number]> = [
    ['unit and date', ['（四）不断加大民主法治创建力度。结合……', 'XX市XX镇人民政府', '2023年11月6日'], 2],
    ['date only', ['正文。', '2024年3月1日'], 1],
    ['date after a sentence', ['下一步，我局将继续努力，全面做好工作。', '2024年3月1日'], 1],
    ['no sign-off', ['（三）持续深化优化营商环境工作。……'], 0],
    ['empty', [], 0],
  ];
  it.each(cases)('%s', (_name, lines, expected) => expect(signoffLength(lines)).toBe(expected));

  it('recognises dates and units', () => {
    expect(isSignoffDate('2023年11月6日')).toBe(true);
    expect(isSignoffDate('截至2023年11月6日，累计开展执法检查')).toBe(false);
    expect(isSignoffUnit('XX县司法局')).toBe(true);
    expect(isSignoffUnit('一、工作开展情况')).toBe(false);
    expect(isSignoffUnit('下一步，我局将继续努力')).toBe(false);
  });
});

describe('outlineFromLines', () => {
  const blocks = outlineFromLines([
    '2024年，在县委、县政府的正确领导下……现报告如下：',
    '\u2002',
    '一、工作开展情况',
    '（一）加强组织领导。本局……',
    '一是……',
    '1.完善制度。……',
    '（二）强化学习宣传',
    '二、存在的问题',
    '一是……',
    'XX县司法局',
    '2025年2月20日',
  ]);

  it('types, levels and run-in flags', () => {
    expect(blocks.map((b) => [b.type, b.level ?? null, b.runIn ?? null])).toEqual([
      ['intro', null, null],
      ['heading', 1, false],
      ['heading', 2, true],
      ['paragraph', null, null],
      ['heading', 3, true],
      ['heading', 2, false],
      ['heading', 1, false],
      ['paragraph', null, null],
      ['signoff', null, null],
      ['signoff', null, null],
    ]);
  });

  it('paths: enclosing headings outermost first, run-in headings by their lead, a heading excludes itself', () => {
    expect(blocks.map((b) => b.path)).toEqual([
      [],
      [],
      ['一、工作开展情况'],
      ['一、工作开展情况', '（一）加强组织领导。'],
      ['一、工作开展情况', '（一）加强组织领导。'],
      ['一、工作开展情况'],
      [],
      ['二、存在的问题'],
      [],
      [],
    ]);
  });

  it('parts', () => {
    expect(blocks.map((b) => b.part)).toEqual(['intro', 'work', 'work', 'work', 'work', 'work', 'problems', 'problems', 'signoff', 'signoff']);
  });

  it('only the first pre-heading paragraph is the intro', () => {
    const b = outlineFromLines(['导语一。', '导语二。', '一、主要工作']);
    expect(b.map((x) => [x.type, x.part])).toEqual([
      ['intro', 'intro'],
      ['paragraph', 'intro'],
      ['heading', 'work'],
    ]);
  });
});

/** Headings per level [1, 2, 3, 4], paragraphs, intro, sign-off blocks — counted from the raw seed by hand. */
const SHAPES: ReadonlyArray<[id: string, levels: [number, number, number, number], paragraphs: number, signoffs: number]> = [
  ['county-investment', [3, 5, 7, 0], 3, 0],
  ['county-commerce', [4, 7, 0, 0], 3, 0],
  ['xx-town', [5, 7, 0, 0], 13, 2],
  ['city-education', [3, 3, 0, 0], 5, 0],
  ['county-police', [2, 6, 10, 0], 0, 0],
  ['county-justice', [3, 9, 0, 0], 1, 0],
  ['county-statistics', [3, 10, 0, 0], 1, 0],
];

describe('the seven outlines', () => {
  it.each(SHAPES)('%s: headings per level, paragraphs, one intro, sign-off', (id, levels, paragraphs, signoffs) => {
    const r = getExample(id)!;
    const count = (f: (b: ExampleReport['blocks'][number]) => boolean) => r.blocks.filter(f).length;
    expect(([1, 2, 3, 4] as const).map((l) => count((b) => b.type === 'heading' && b.level === l))).toEqual(levels);
    expect(count((b) => b.type === 'paragraph')).toBe(paragraphs);
    expect(count((b) => b.type === 'signoff')).toBe(signoffs);
    expect(r.blocks[0]!.type).toBe('intro');
    expect(count((b) => b.type === 'intro')).toBe(1);
  });

  it.each(EXAMPLES.map((r) => [r.id, r] as const))('%s: the literal numbering is exactly what the levels compute', (_id, r) => {
    const headings = r.blocks.filter((b) => b.type === 'heading');
    expect(headings.map((b) => b.numbering)).toEqual(computeNumbering(headings.map((b) => b.level as HeadingLevel)));
  });

  const runIn: ReadonlyArray<[id: string, numbering: string, lead: string, runIn: boolean]> = [
    ['county-investment', '（一）', '加强组织领导认真履行法治建设第一责任人职责。', true],
    ['county-investment', '（二）', '强化学习宣传', false],
    ['county-investment', '1.', '认真贯彻落实省、市关于优化营商环境的决策部署', true],
    ['county-police', '（三）', '守法工作。', false],
    ['county-police', '1.', '加强党对法治政府建设的领导。', true],
    ['county-statistics', '（三）', '统计行政决策科学化、民主化、法治化有了较大提升。', true],
    ['city-education', '（一）', '扛牢法治建设主体责任，做到“三个带头”', false],
    ['county-commerce', '（一）', '加强组织领导，推进法治建设。', true],
  ];
  it.each(runIn)('%s %s%s → runIn %s', (id, numbering, lead, expected) => {
    const block = getExample(id)!.blocks.find((b) => b.numbering === numbering && b.text.startsWith(lead));
    expect(block?.type).toBe('heading');
    expect(block?.runIn).toBe(expected);
  });

  const paths: ReadonlyArray<[id: string, textStart: string, path: string[]]> = [
    ['county-police', '加强党对法治政府建设的领导。', ['一、工作开展情况', '（三）守法工作。']],
    ['county-investment', '加强普法责任。', ['一、工作开展情况', '（二）强化学习宣传']],
    ['county-investment', '工作开展情况', []],
    ['city-education', '一是带头认真履行法治建设第一责任人职责。', ['一、主要工作', '（一）扛牢法治建设主体责任，做到“三个带头”']],
    ['xx-town', '今年我镇在法治政府建设工作上', ['五、存在问题及下一步计划']],
    ['xx-town', 'XX市XX镇人民政府', []],
    ['county-commerce', '一年来，局党组书记', ['二、履行推进法治政府建设第一责任人职责情况']],
  ];
  it.each(paths)('%s “%s” path', (id, textStart, path) => {
    expect(getExample(id)!.blocks.find((b) => b.text.startsWith(textStart))?.path).toEqual(path);
  });

  it('no level is skipped: a heading path has level − 1 entries', () => {
    for (const r of EXAMPLES) {
      for (const b of r.blocks) {
        if (b.type !== 'heading') continue;
        expect(b.path.length, b.id).toBe((b.level ?? 1) - 1);
      }
    }
  });
});
