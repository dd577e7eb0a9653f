import { describe, expect, it } from 'vitest';
import { carryForward, findFigures, PLANS_HINT } from '../../src/yearly/carryForward.ts';
import { inlineText, heading, type BlockNode, type ReportDoc } from '../../src/model/schema.ts';
import { dateLine, doc, h1, h2, p, t, unitLine } from '../helpers/builders.ts';

const fields2025 = { unit: '县司法局', year: 2025, superior: '县委、县政府', date: '2026-01-10' };

/** [name, last year's sentence, this year's] for a 2025 report carried to 2026. */
const YEAR_CASES: ReadonlyArray<readonly [string, string, string]> = [
  ['report year', '2025年，在县委、县政府的正确领导下', '2026年，在县委、县政府的正确领导下'],
  ['年度', '2025年度全局学法考试', '2026年度全局学法考试'],
  ['next year', '2026年将继续推进', '2027年将继续推进'],
  ['date', '截至2025年11月6日', '截至2026年11月6日'],
  ['history stays', '自2019年起实行', '自2019年起实行'],
  ['target year stays', '到2035年基本建成法治国家', '到2035年基本建成法治国家'],
  ['plan name stays', '《法治政府建设实施纲要（2021—2025年）》', '《法治政府建设实施纲要（2021—2025年）》'],
  ['document in book-title marks stays', '印发《县司法局2025年普法工作要点》', '印发《县司法局2025年普法工作要点》'],
  ['document number stays', '县政办发〔2025〕12号', '县政办发〔2025〕12号'],
  ['range reaching outside stays', '2021—2025年规划期内', '2021—2025年规划期内'],
  ['成立…年来 has no year', '成立30年来', '成立30年来'],
];

/** [name, text, figures flagged] */
const FIGURE_CASES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['cases and times', '办理行政复议案件42件，开展培训8次', ['42件', '8次']],
  ['persons and person-times', '培训执法人员120人，共计360人次', ['120人', '360人次']],
  ['money and rate', '投入经费15.5万元，办结率100%', ['15.5万元', '100%']],
  ['approximate', '开展宣传活动30余场，覆盖企业60多家', ['30余场', '60多家']],
  ['items, copies', '审查文件12个，发放资料3000份', ['12个', '3000份']],
  ['years and dates are not figures', '2025年3月15日召开会议', []],
  ['document number is not a figure', '县政办发〔2025〕12号', []],
  ['a number without a unit is not a figure', '第3季度完成', []],
];

const flagged = (d: ReportDoc, index: number): string[] =>
  ((d.content[index] as BlockNode).content ?? []).flatMap((n) =>
    n.type === 'text' && n.marks?.some((m) => m.type === 'flag' && m.attrs.kind === 'stale') ? [n.text] : [],
  );

describe('carryForward: years', () => {
  it.each(YEAR_CASES)('%s', (_name, before, after) => {
    const next = carryForward(doc(t('县司法局2025年法治政府建设工作报告'), p(before)), fields2025);
    expect(inlineText((next.doc.content[1] as BlockNode).content)).toBe(after);
  });

  it('moves the title year and sets the fields: year + 1, unit and superior kept, date cleared', () => {
    const next = carryForward(doc(t('县司法局2025年法治政府建设工作报告'), p('正文。')), fields2025);
    expect(inlineText(next.doc.content[0].content)).toBe('县司法局2026年法治政府建设工作报告');
    expect(next.fields).toEqual({ unit: '县司法局', year: 2026, superior: '县委、县政府', date: '' });
  });

  it('takes the year from the title when the fields have none', () => {
    const next = carryForward(doc(t('县司法局2024年法治政府建设工作报告'), p('2024年工作。')), { ...fields2025, year: null });
    expect(next.fields.year).toBe(2025);
    expect(inlineText((next.doc.content[1] as BlockNode).content)).toBe('2025年工作。');
  });
});

describe('carryForward: figures', () => {
  it.each(FIGURE_CASES)('%s', (_name, text, figures) => {
    expect(findFigures(text).map((s) => text.slice(s.from, s.to))).toEqual(figures);
    const next = carryForward(doc(t('报告'), p(text)), fields2025);
    expect(flagged(next.doc, 1)).toEqual(figures);
    expect(inlineText((next.doc.content[1] as BlockNode).content)).toBe(text.replace('2025年3月', '2026年3月'));
  });

  it('leaves the title and the sign-off unflagged', () => {
    const next = carryForward(doc(t('报告12件'), p('正文'), unitLine('第2办公室12个')), fields2025);
    expect(next.doc.content[0].content?.some((n) => n.type === 'text' && n.marks)).toBeFalsy();
    expect(flagged(next.doc, 2)).toEqual([]);
  });
});

describe('carryForward: parts', () => {
  const last = doc(
    t('县司法局2025年法治政府建设工作报告'),
    p('2025年，我局坚持依法行政。'),
    h1('2025年度推进法治政府建设的主要举措和成效'),
    p('办理案件42件。'),
    h1('2026年度推进法治政府建设的主要安排'),
    h2('加强行政执法队伍建设。'),
    p('开展执法人员培训。'),
    h2('推进合法性审查全覆盖。'),
    unitLine('县司法局'),
    dateLine('2026年1月10日'),
  );
  const next = carryForward(last, fields2025);
  const texts = next.doc.content.map((b) => inlineText(b.content));

  it('keeps the plans heading (years moved), empties the part and gives it the guidance', () => {
    const at = texts.indexOf('2027年度推进法治政府建设的主要安排');
    expect(at).toBeGreaterThan(0);
    expect(next.doc.content[at + 1]).toEqual({ type: 'paragraph', attrs: { hint: PLANS_HINT } });
    expect(texts).not.toContain('加强行政执法队伍建设。');
    expect(texts).not.toContain('开展执法人员培训。');
  });

  it('turns a literal sign-off date into the empty 落款日期 field', () => {
    const last2 = next.doc.content[next.doc.content.length - 1]!;
    expect(last2).toEqual({ type: 'signoff', attrs: { role: 'date' }, content: [{ type: 'field', attrs: { name: 'date' } }] });
    expect(texts).toContain('县司法局');
  });

  it('adds a plans part before the sign-off when last year had none', () => {
    const none = carryForward(doc(t('报告'), h1('工作开展情况'), p('正文。'), unitLine('县司法局')), fields2025);
    const blocks = none.doc.content;
    expect(blocks[blocks.length - 3]).toEqual(heading(1, { part: 'plans' }, { type: 'field', attrs: { name: 'nextYear' } }, '年度推进法治政府建设的主要安排'));
    expect(blocks[blocks.length - 2]).toEqual({ type: 'paragraph', attrs: { hint: PLANS_HINT } });
  });
});
