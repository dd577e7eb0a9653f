import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/checkDraft.ts';
import { MIN_DUPLICATE_CHARS } from '../../src/check/rules/duplicateParagraphs.ts';
import type { ReportFields } from '../../src/model/fields.ts';
import { field, heading, paragraph, reportDoc, signoff, text, title, type BlockNode } from '../../src/model/schema.ts';

const fields: ReportFields = { unit: '县司法局', year: 2024, superior: '县委、县政府', date: '2025-02-01' };
const LONG = '坚持把法治政府建设摆在全局工作的重要位置，统筹推进各项工作。'; // 30 characters
const dupes = (...blocks: BlockNode[]) => checkDraft(reportDoc(title('报告'), ...blocks), fields).items.filter((i) => i.rule === 'duplicate-paragraph');

describe('duplicate-paragraph', () => {
  it('the same long paragraph twice → one warning, on the second', () => {
    const items = dupes(paragraph(LONG), paragraph('其他内容。'), paragraph(LONG));
    expect(items).toMatchObject([{ blockIndex: 3, relatedBlockIndex: 1, severity: 'warning' }]);
    expect(items[0]!.message).toMatch(/^这一段与前文一段完全相同（“坚持把法治政府建设摆在全…”）/);
  });

  it('three times → two warnings', () => {
    expect(dupes(paragraph(LONG), paragraph(LONG), paragraph(LONG)).map((i) => [i.blockIndex, i.relatedBlockIndex])).toEqual([
      [2, 1],
      [3, 1],
    ]);
  });

  it('differences in whitespace only still count as the same', () => {
    expect(dupes(paragraph(LONG), paragraph(` ${LONG.slice(0, 10)}\u3000${LONG.slice(10)} `))).toHaveLength(1);
  });

  it('marks do not matter, only text', () => {
    expect(dupes(paragraph(LONG), paragraph(text(LONG, [{ type: 'bold' }])))).toHaveLength(1);
  });

  it('a run-in heading repeating a paragraph counts', () => {
    expect(dupes(paragraph(LONG), heading(2, { runIn: true }, LONG))).toHaveLength(1);
  });

  const quiet: Array<[string, BlockNode[]]> = [
    ['short stock phrases may repeat', [paragraph('一是加强学习。'), paragraph('一是加强学习。')]],
    [`exactly ${MIN_DUPLICATE_CHARS - 1} characters`, [paragraph('甲'.repeat(MIN_DUPLICATE_CHARS - 1)), paragraph('甲'.repeat(MIN_DUPLICATE_CHARS - 1))]],
    ['one character differs', [paragraph(LONG), paragraph(LONG.replace('统筹', '协调'))]],
    ['different fields', [paragraph(field('unit'), LONG), paragraph(field('superior'), LONG)]],
    ['empty paragraphs', [paragraph(), paragraph()]],
    ['sign-off lines are not paragraphs', [signoff('unit', LONG), signoff('unit', LONG)]],
  ];
  it.each(quiet)('%s → nothing', (_name, blocks) => {
    expect(dupes(...blocks)).toEqual([]);
  });

  it(`exactly ${MIN_DUPLICATE_CHARS} characters is enough`, () => {
    const t = '乙'.repeat(MIN_DUPLICATE_CHARS);
    expect(dupes(paragraph(t), paragraph(t))).toHaveLength(1);
  });
});
