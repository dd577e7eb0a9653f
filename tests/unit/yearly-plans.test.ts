import { describe, expect, it } from 'vitest';
import { extractPlans, itemsOfText, splitOrdinalItems } from '../../src/yearly/plans.ts';
import { doc, h1, h2, h3, p, runIn, t } from '../helpers/builders.ts';

describe('splitOrdinalItems', () => {
  it.each([
    ['一是…二是…三是', '重点做好以下工作：一是加强学习。二是规范执法；三是强化监督。', ['重点做好以下工作：', '加强学习。', '规范执法；', '强化监督。']],
    ['a 是 inside a word is not a marker', '这一是非问题要讲清楚。', ['这一是非问题要讲清楚。']],
    ['one marker alone is not a list', '一是加强学习。', ['一是加强学习。']],
  ] as const)('%s', (_name, text, pieces) => {
    expect(splitOrdinalItems(text)).toEqual(pieces);
  });
});

describe('itemsOfText', () => {
  it.each([
    ['sentences', '深化行政复议体制改革。推进公共法律服务体系建设。', ['深化行政复议体制改革', '推进公共法律服务体系建设']],
    [
      '一是 items, lead-in dropped',
      '2026年，我局将重点做好以下工作：一是加强行政执法人员培训，提升执法水平；二是推进合法性审查全覆盖。',
      ['加强行政执法人员培训，提升执法水平', '推进合法性审查全覆盖'],
    ],
    ['generic sentences are not items', '下一步，我局将继续深入推进法治政府建设。加强普法宣传教育。', ['加强普法宣传教育']],
  ] as const)('%s', (_name, text, items) => {
    expect(itemsOfText(text)).toEqual(items);
  });
});

describe('extractPlans', () => {
  it('takes the highest headings under the plans part', () => {
    const d = doc(
      t('报告'),
      h1('工作开展情况'),
      p('正文。'),
      h1('2026年工作打算'),
      h2('加强行政执法队伍建设'),
      h3('开展执法培训'),
      p('每季度组织一次培训。'),
      runIn(2, '推进合法性审查全覆盖。对重大决策全部审查。'),
    );
    expect(extractPlans(d).map((x) => [x.text, x.blockIndex])).toEqual([
      ['加强行政执法队伍建设', 4],
      ['推进合法性审查全覆盖', 7],
    ]);
  });

  it('splits paragraphs when the part has no headings below its own', () => {
    const d = doc(t('报告'), h1('下一步工作打算'), p('一是深化行政复议体制改革。二是健全公共法律服务体系。'));
    const plans = extractPlans(d);
    expect(plans.map((x) => x.text)).toEqual(['深化行政复议体制改革', '健全公共法律服务体系']);
    expect(new Set(plans.map((x) => x.id)).size).toBe(2);
    expect(extractPlans(d)[0]!.id).toBe(plans[0]!.id);
  });

  it('is empty without a plans part', () => {
    expect(extractPlans(doc(t('报告'), h1('工作开展情况'), p('正文。')))).toEqual([]);
  });
});
