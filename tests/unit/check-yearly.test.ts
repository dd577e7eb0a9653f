import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/checkDraft.ts';
import { snapshotPrevious, startFromLastYear } from '../../src/yearly/snapshot.ts';
import { doc, h1, h2, p, t } from '../helpers/builders.ts';
import { paragraphKey } from '../../src/yearly/match.ts';
import { extractPlans } from '../../src/yearly/plans.ts';
import { table } from '../../src/model/schema.ts';

const fields = { unit: '县司法局', year: 2025, superior: '县委、县政府', date: '' };
const KEPT = '坚持把学法作为领导干部的必修课，全年组织集中学法12次，举办法治讲座4场。';
const last = doc(
  t('县司法局2025年法治政府建设工作报告'),
  p('2025年，县司法局扎实推进法治政府建设。'),
  h1('2025年度推进法治政府建设的主要举措和成效'),
  p(KEPT),
  p('全年办理行政复议案件42件。'),
  h1('2026年度推进法治政府建设的主要安排'),
  h2('深化行政复议体制改革'),
  h2('健全公共法律服务体系'),
);

describe('检查 with a 去年报告', () => {
  const start = startFromLastYear({ doc: last, fields, name: '去年.docx' }, 'file');
  const items = (d = start.doc, previous = start.previous) => checkDraft(d, start.fields, previous).items;

  it('lists unanswered plans as 建议 and the paragraph left as last year', () => {
    const found = items().filter((i) => i.rule === 'unanswered-plan' || i.rule === 'same-as-last-year');
    expect(found.map((i) => [i.rule, i.severity, i.message])).toEqual([
      ['unanswered-plan', 'suggestion', '去年计划“深化行政复议体制改革”在今年的工作开展情况中未见对应内容。'],
      ['unanswered-plan', 'suggestion', '去年计划“健全公共法律服务体系”在今年的工作开展情况中未见对应内容。'],
      ['same-as-last-year', 'suggestion', '与去年报告相同，请更新（“坚持把学法作为领导干部的…”）。'],
    ]);
    // The carried-over figures are listed as 去年数字.
    expect(
      items()
        .filter((i) => i.rule === 'flag')
        .map((i) => i.message),
    ).toContain('“12次”是去年报告中的数字（去年数字，请更新），请改为今年的实际数据。');
  });

  it('an answering paragraph, a hand link and a rewritten paragraph clear them', () => {
    const answered = doc(
      t('县司法局2026年法治政府建设工作报告'),
      h1('2026年度推进法治政府建设的主要举措和成效'),
      p('领导干部带头学法，今年改为每月一次专题学法，邀请专家授课。'),
      p('深入推进行政复议体制改革，复议案件集中受理。'),
      p('新建村级法律服务点。'),
    );
    const plans = extractPlans(start.previous.doc);
    const previous = { ...start.previous, links: { [plans[1]!.id]: paragraphKey('新建村级法律服务点。') } };
    expect(items(answered, previous).filter((i) => i.rule === 'unanswered-plan' || i.rule === 'same-as-last-year')).toEqual([]);
  });

  it('no 去年报告, no such items; a table is carried over with its figures marked', () => {
    expect(checkDraft(start.doc, start.fields).items.some((i) => i.rule === 'unanswered-plan')).toBe(false);
    const withTable = doc(
      t('2025年报告'),
      h1('工作开展情况'),
      table([
        ['项目', '数量'],
        ['复议案件', '42件'],
      ]),
    );
    const next = startFromLastYear({ doc: withTable, fields, name: 'x' }, 'draft');
    const cell = next.doc.content[2]!;
    expect(JSON.stringify(cell)).toContain('"text":"42件","marks":[{"type":"flag","attrs":{"kind":"stale"}}]');
    expect(snapshotPrevious(withTable, fields, 'x', 'draft').doc.content[2]).toEqual(withTable.content[2]);
  });
});
