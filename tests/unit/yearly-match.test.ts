import { describe, expect, it } from 'vitest';
import { answers, contentBigrams, keyTerms, matchPlans, paragraphKey, textBigrams } from '../../src/yearly/match.ts';
import { extractPlans } from '../../src/yearly/plans.ts';
import { doc, h1, h2, p, t } from '../helpers/builders.ts';

describe('keyTerms', () => {
  it.each([
    ['加强行政执法队伍建设', ['行政执法队伍']],
    ['进一步完善重大行政决策合法性审查机制', ['重大行政决策合法性审查机制']],
    ['持续推进法治政府建设', []],
    ['2026年组织培训3次', ['组织培训']],
  ] as const)('%s', (text, terms) => {
    expect(keyTerms(text)).toEqual(terms);
  });
});

/** [plan, paragraph, answers?] — true and false cases, incl. look-alikes sharing only generic words. */
const CASES: ReadonlyArray<readonly [string, string, boolean]> = [
  ['加强行政执法队伍建设', '全年组织行政执法人员培训3次，执法队伍素质明显提升，行政执法队伍建设取得实效。', true],
  ['推进合法性审查全覆盖', '重大行政决策、规范性文件合法性审查实现全覆盖，共审查文件36件。', true],
  ['深化行政复议体制改革', '行政复议体制改革不断深化，集中受理复议案件42件。', true],
  ['健全公共法律服务体系', '公共法律服务体系更加健全，建成村级法律服务点12个。', true],
  ['开展“八五”普法中期评估', '顺利完成“八五”普法中期评估，评估结果良好。', true],
  // false: only generic words in common
  ['加强行政执法队伍建设', '持续加强法治政府建设，推进依法行政工作取得新进展。', false],
  // false: another subject
  ['推进合法性审查全覆盖', '开展普法宣传活动20场，发放宣传资料3000份。', false],
  // false: one shared term among many
  ['深化行政复议体制改革，提升复议案件办理质量', '全年办理信访案件15件。', false],
  ['健全公共法律服务体系', '健全内部管理制度。', false],
];

describe('answers', () => {
  it.each(CASES)('%s ← %s: %s', (plan, paragraph, expected) => {
    expect(answers(contentBigrams(plan), textBigrams(paragraph))).toBe(expected);
  });
});

describe('matchPlans', () => {
  const last = doc(
    t('2025年报告'),
    h1('工作开展情况'),
    p('正文。'),
    h1('2026年工作打算'),
    h2('加强行政执法队伍建设'),
    h2('推进合法性审查全覆盖'),
    h2('健全公共法律服务体系'),
  );
  const plans = extractPlans(last);
  const now = doc(
    t('2026年报告'),
    h1('2026年度推进法治政府建设的主要举措和成效'),
    p('全年组织行政执法人员培训3次，行政执法队伍建设取得实效。'),
    p('开展普法宣传活动20场。'),
    h1('存在的不足和原因'),
    p('公共法律服务体系还不够健全。'),
  );

  it('finds answers only in 工作开展情况', () => {
    const status = matchPlans(plans, now);
    expect(status.map((s) => [s.plan.text, s.answered, s.blockIndex, s.how])).toEqual([
      ['加强行政执法队伍建设', true, 2, 'auto'],
      ['推进合法性审查全覆盖', false, null, 'none'],
      ['健全公共法律服务体系', false, null, 'none'],
    ]);
  });

  it('follows hand-made links and unlinks', () => {
    const links = { [plans[0]!.id]: null, [plans[1]!.id]: paragraphKey('开展普法宣传活动20场。') };
    const status = matchPlans(plans, now, links);
    expect(status.map((s) => [s.answered, s.blockIndex, s.how])).toEqual([
      [false, null, 'unlinked'],
      [true, 3, 'linked'],
      [false, null, 'none'],
    ]);
  });

  it('falls back to the key terms when a linked paragraph is gone', () => {
    const status = matchPlans(plans, now, { [plans[0]!.id]: paragraphKey('已删除的段落文字') });
    expect(status[0]!.how).toBe('auto');
  });
});
