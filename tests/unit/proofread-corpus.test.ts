/**
 * Precision over the seven cleaned reports: every item the checker raises on them is listed here
 * and was reviewed — each 需修改 is a real slip of the report (ASCII quotes and commas, a law
 * without 书名号, the wrong 纲要 title, 截止 for 截至); the 建议 are 顿号 between titles or quotes.
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/check/context.ts';
import { applyFixes } from '../../src/check/proofread/applyFixes.ts';
import { proofreadContext } from '../../src/check/proofread/proofread.ts';
import { EXAMPLES } from '../../src/examples/examples.ts';
import { exampleToDraft } from '../../src/examples/toDraft.ts';

type Expected = readonly [rule: string, match: string, fix: string | null];
const q = (n: number): Expected[] => Array.from({ length: n }, (_, i) => ['straight-quote', '"', i % 2 ? '”' : '“'] as const);

const EXPECTED: Readonly<Record<string, readonly Expected[]>> = {
  'county-investment': [
    ['law-title-marks', '中华人民共和国民法典', '《中华人民共和国民法典》'],
    ['law-title-marks', '优化营商环境条例', '《优化营商环境条例》'],
    ['law-title-marks', '中华人民共和国民法典', '《中华人民共和国民法典》'],
    ['law-title-marks', '中华人民共和国民法典', '《中华人民共和国民法典》'],
    ['law-title-marks', '中华人民共和国宪法', '《中华人民共和国宪法》'],
    ['law-title-marks', '优化营商环境条例', '《优化营商环境条例》'],
    ...q(2),
  ],
  'county-commerce': [
    ['known-title', '法治政府建设实施纲要（2020-2025年）', '法治政府建设实施纲要（2021—2025年）'],
    ['half-width', ',', '，'],
    ...q(10),
    ...q(2),
    ['title-comma', '》、《', '》《'],
    ['title-comma', '》、《', '》《'],
    ['title-comma', '》、《', '》《'],
    ...q(2),
    ...q(2),
    ...q(2),
  ],
  'xx-town': [
    ['law-title-marks', '民法典', '《民法典》'],
    ['law-title-marks', '行政处罚法', '《行政处罚法》'],
    ['title-comma', '”、“', '”“'],
    ['title-comma', '”、“', '”“'],
    ['title-comma', '”、“', '”“'],
    ['law-title-marks', '民法典', '《民法典》'],
    ['title-comma', '》、《', '》《'],
    ['title-comma', '》、《', '》《'],
    ['title-comma', '》、《', '》《'],
    ['title-comma', '》、《', '》《'],
    ['title-comma', '》、《', '》《'],
  ],
  'city-education': [['half-width', ',', '，']],
  'county-police': [
    ['wording', '截止', '截至'],
    ['title-comma', '”、“', '”“'],
    ['title-comma', '”、“', '”“'],
    ['wording', '截止', '截至'],
  ],
  'county-justice': [
    ['half-width', ',', '，'],
    ['half-width', ',', '，'],
  ],
  'county-statistics': [],
};

describe.each(EXAMPLES.map((r) => [r.id, r] as const))('the example %s', (id, report) => {
  const { doc, fields } = exampleToDraft(report);
  const context = buildContext(doc, fields);
  const items = proofreadContext(context);

  it('raises exactly the reviewed items', () => {
    expect(items.map((i) => [i.rule, i.match, i.fix])).toEqual(EXPECTED[id]);
  });

  it('is clean of every 需修改 item once the certain fixes are applied', () => {
    const fixed = applyFixes(
      doc,
      items.filter((i) => i.fix !== null),
    );
    const again = proofreadContext(buildContext(fixed, fields));
    expect(again.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
