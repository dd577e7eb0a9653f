import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/checkDraft.ts';
import { SHORT_PART_MIN_LONGEST, SHORT_PART_RATIO } from '../../src/check/rules/shortParts.ts';
import { EXAMPLES } from '../../src/examples/examples.ts';
import { exampleToDraft } from '../../src/examples/toDraft.ts';
import type { ReportFields } from '../../src/model/fields.ts';
import type { ReportPart } from '../../src/model/part.ts';
import { heading, paragraph, reportDoc, title } from '../../src/model/schema.ts';

const fields: ReportFields = { unit: '县司法局', year: 2024, superior: '县委、县政府', date: '2025-02-01' };
const HEADINGS: Record<ReportPart, string> = {
  work: '工作开展情况', // 一、 + 6 = 8 characters
  duty: '第一责任人职责', // 二、 + 7 = 9
  problems: '存在的问题', // 三、 + 5 = 7
  plans: '下一步打算', // 四、 + 5 = 7
};
/** A report whose parts have `sizes[part]` characters of body text (plus their headings). */
const reportOf = (sizes: Record<ReportPart, number>) =>
  reportDoc(title('报告'), ...(Object.keys(HEADINGS) as ReportPart[]).flatMap((p) => [heading(1, {}, HEADINGS[p]), paragraph('字'.repeat(sizes[p]))]));
const shortOnes = (sizes: Record<ReportPart, number>) => checkDraft(reportOf(sizes), fields).items.filter((i) => i.rule === 'short-part');

describe(`short-part (< ${SHORT_PART_RATIO * 100}% of the longest part, once it has ${SHORT_PART_MIN_LONGEST} characters)`, () => {
  it('a one-sentence problems part next to a long work part → warning', () => {
    const items = shortOnes({ work: 2992, duty: 400, problems: 30, plans: 500 });
    expect(items).toMatchObject([{ part: 'problems', severity: 'warning', blockIndex: 5 }]);
    expect(items[0]!.message).toBe('“存在问题”部分只有37字，远少于“工作开展情况”部分（3000字），内容可能不够充实。');
  });

  it('just under the threshold → warning; at the threshold → nothing', () => {
    // longest 3000 → threshold 120 characters, heading (7) included
    expect(shortOnes({ work: 2992, duty: 400, problems: 112, plans: 500 })).toHaveLength(1);
    expect(shortOnes({ work: 2992, duty: 400, problems: 113, plans: 500 })).toHaveLength(0);
  });

  it('several short parts → one warning each', () => {
    expect(shortOnes({ work: 4992, duty: 20, problems: 30, plans: 40 }).map((i) => i.part)).toEqual(['duty', 'problems', 'plans']);
  });

  it('an early draft (longest part under the floor) is not judged', () => {
    expect(shortOnes({ work: SHORT_PART_MIN_LONGEST - 9, duty: 1, problems: 1, plans: 1 })).toEqual([]);
    expect(shortOnes({ work: SHORT_PART_MIN_LONGEST - 8, duty: 1, problems: 1, plans: 1 })).toHaveLength(3);
  });

  it('a part with no body text is left to missing-part', () => {
    const items = checkDraft(reportOf({ work: 3000, duty: 400, problems: 0, plans: 500 }), fields).items;
    expect(items.filter((i) => i.rule === 'short-part')).toEqual([]);
    expect(items.filter((i) => i.rule === 'missing-part')).toMatchObject([{ part: 'problems' }]);
  });

  it('balanced parts → nothing', () => {
    expect(shortOnes({ work: 3000, duty: 600, problems: 400, plans: 800 })).toEqual([]);
  });

  it('none of the seven published 2023 reports trips it (calibration)', () => {
    expect(EXAMPLES).toHaveLength(7);
    for (const example of EXAMPLES) {
      const { doc, fields: f } = exampleToDraft(example);
      const items = checkDraft(doc, f).items.filter((i) => i.rule === 'short-part');
      expect(items, example.id).toEqual([]);
    }
  });
});
