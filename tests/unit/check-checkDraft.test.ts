import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/checkDraft.ts';
import { RULES } from '../../src/check/rules.ts';
import { RULE_IDS } from '../../src/check/types.ts';
import { EXAMPLES } from '../../src/examples/examples.ts';
import { exampleToDraft } from '../../src/examples/toDraft.ts';
import { reportExtensions } from '../../src/editor/extensions/index.ts';
import type { ReportFields } from '../../src/model/fields.ts';
import { field, heading, hintParagraph, paragraph, reportDoc, signoff, text, title } from '../../src/model/schema.ts';

const fields: ReportFields = { unit: '县司法局', year: 2024, superior: '县委、县政府', date: '2025-02-01' };
const body = (s: string) => s.repeat(8);

/** A finished report: every part written, fields filled, nothing left over. */
const complete = reportDoc(
  title(field('unit'), field('year'), '年法治政府建设工作报告'),
  paragraph(field('year'), '年，在', field('superior'), '的正确领导下，我局深入推进法治政府建设。现将有关情况报告如下。'),
  heading(1, {}, field('year'), '年法治政府建设工作开展情况'),
  heading(2, { runIn: true }, '健全依法决策机制。', body('严格落实重大行政决策程序，重大事项均经合法性审查。')),
  paragraph(body('深化行政执法体制改革，全面推行行政执法公示制度。')),
  heading(1, {}, '党政主要负责人履行推进法治建设第一责任人职责情况'),
  paragraph(body('主要负责同志带头学法，定期研究部署法治建设工作。')),
  heading(1, {}, '存在的问题和不足'),
  paragraph(body('法治宣传的针对性有待增强，基层执法力量仍显不足。')),
  heading(1, {}, field('nextYear'), '年工作打算'),
  paragraph(body('持续加强执法队伍建设，提升依法行政能力和水平。')),
  signoff('unit', field('unit')),
  signoff('date', field('date')),
);

/** 600 characters. */
const LONG_BODY = '深化行政执法体制改革，全面推行行政执法公示制度。'.repeat(25);
const flagged = (value: string) => text(value, [{ type: 'flag', attrs: { kind: 'unit' } }]);

/** The same report after a hasty insertion from the examples. */
const messy = reportDoc(
  title(field('unit'), '2023年法治政府建设工作报告'),
  paragraph('2023年，在', field('superior'), '的正确领导下，', flagged('县统计局'), '深入推进法治政府建设。'),
  heading(1, {}, '法治政府建设工作开展情况'),
  paragraph(LONG_BODY, '共办理XX件。'),
  paragraph(LONG_BODY, '共办理XX件。'),
  heading(1, {}, '存在的问题和不足'),
  hintParagraph('写明存在的问题'),
  heading(1, {}, '下一步工作打算'),
  paragraph('继续努力。'),
  signoff('unit', field('unit')),
  signoff('date', field('date')),
);

describe('checkDraft', () => {
  it('a complete report has nothing to report', () => {
    expect(checkDraft(complete, fields).items).toEqual([]);
  });

  it('a messy report: every rule fires, sorted by position, ids unique', () => {
    const { items } = checkDraft(messy, { ...fields, date: '' });
    expect(items.map((i) => [i.rule, i.blockIndex, i.from ?? null])).toEqual([
      ['missing-part', null, null], // no duty part (a warning)
      ['stale-year', 0, 1], // title: 2023年
      ['stale-year', 1, 0], // intro: 2023年
      ['flag', 1, 15], // 县统计局 (the field before it is one position)
      ['blank', 3, 603], // XX
      ['duplicate-paragraph', 4, null], // the whole block, so before its spans
      ['blank', 4, 603],
      ['missing-part', 6, null], // problems: guidance only, jump to the hint paragraph
      ['short-part', 7, null], // plans: 继续努力。
      ['empty-field', 10, null], // 落款日期, used at block 10
    ]);
    const rules = new Set(items.map((i) => i.rule));
    // The 年度接续 rules need a 去年报告 (tests/unit/check-yearly.test.ts).
    expect([...rules].sort()).toEqual(RULE_IDS.filter((r) => r !== 'unanswered-plan' && r !== 'same-as-last-year').sort());
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const keys = items.map((i) => [i.blockIndex ?? -1, i.from ?? -1] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    expect(items.filter((i) => i.blockIndex === null).map((i) => i.rule)).toEqual(['missing-part']);
  });

  it('every span maps onto the editor document (ProseMirror offsets)', () => {
    const schema = getSchema(reportExtensions());
    const pm = schema.nodeFromJSON(messy);
    const { items } = checkDraft(messy, fields);
    const spans = items.filter((i) => i.from !== undefined);
    expect(spans.length).toBeGreaterThan(3);
    for (const item of spans) {
      const block = pm.child(item.blockIndex!);
      expect(item.to! <= block.content.size).toBe(true);
      const quoted = /“([^”]+)”/.exec(item.message)![1]!;
      expect(block.textBetween(item.from!, item.to!)).toBe(quoted);
    }
  });

  it('the rule table has exactly the rule ids', () => {
    expect(Object.keys(RULES).sort()).toEqual([...RULE_IDS].sort());
  });

  it('runs on the seven example reports', () => {
    for (const example of EXAMPLES) {
      const { doc, fields: f } = exampleToDraft(example);
      const result = checkDraft(doc, f);
      expect(result.counts.total, example.id).toBeGreaterThan(1000);
      // an example checked against its own year has no stale years
      expect(
        result.items.filter((i) => i.rule === 'stale-year'),
        example.id,
      ).toEqual([]);
    }
  });
});
