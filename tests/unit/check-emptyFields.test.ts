import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/checkDraft.ts';
import { EMPTY_FIELDS, type ReportFields } from '../../src/model/fields.ts';
import { field, heading, paragraph, reportDoc, signoff, title } from '../../src/model/schema.ts';

const filled: ReportFields = { unit: '县司法局', year: 2024, superior: '县委、县政府', date: '2025-02-01' };

const doc = reportDoc(
  title(field('unit'), field('year'), '年法治政府建设工作报告'),
  paragraph('在', field('superior'), '的领导下，现将', field('year'), '年工作报告如下。'),
  heading(1, {}, field('nextYear'), '年工作打算'),
  signoff('unit', field('unit')),
  signoff('date', field('date')),
);

const emptyFieldItems = (fields: ReportFields, d = doc) => checkDraft(d, fields).items.filter((i) => i.rule === 'empty-field');

describe('empty-field', () => {
  it('no items when all four fields are filled', () => {
    expect(emptyFieldItems(filled)).toEqual([]);
  });

  const cases: Array<{ name: string; fields: ReportFields; field: string; label: string; blockIndex: number | null; message?: RegExp }> = [
    { name: 'unit empty', fields: { ...filled, unit: '' }, field: 'unit', label: '单位名称', blockIndex: 0 },
    { name: 'unit only spaces', fields: { ...filled, unit: '  ' }, field: 'unit', label: '单位名称', blockIndex: 0 },
    { name: 'year empty', fields: { ...filled, year: null }, field: 'year', label: '报告年度', blockIndex: 0 },
    { name: 'superior empty', fields: { ...filled, superior: '' }, field: 'superior', label: '上级机关', blockIndex: 1 },
    {
      name: 'date empty',
      fields: { ...filled, date: '' },
      field: 'date',
      label: '落款日期',
      blockIndex: 4,
      message: /还没有填写，导出的报告中将显示为“××××年××月××日”/,
    },
    { name: 'date malformed', fields: { ...filled, date: '2025-02-31x' }, field: 'date', label: '落款日期', blockIndex: 4, message: /格式不正确/ },
  ];
  it.each(cases)('$name → one error naming $label', ({ fields, field: name, label, blockIndex, message }) => {
    const items = emptyFieldItems(fields);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ severity: 'error', field: name, blockIndex });
    expect(items[0]!.message).toContain(`“${label}”`);
    if (message) expect(items[0]!.message).toMatch(message);
  });

  it('all empty → four errors, one per field', () => {
    expect(emptyFieldItems(EMPTY_FIELDS).map((i) => i.field)).toEqual(['unit', 'year', 'superior', 'date']);
  });

  it('points at the first use; 下一年度 counts as a use of 报告年度', () => {
    const d = reportDoc(title('报告'), paragraph('无'), heading(1, {}, field('nextYear'), '年打算'));
    expect(emptyFieldItems({ ...filled, year: null }, d)[0]!.blockIndex).toBe(2);
  });

  it('a field the document never uses is still reported, with no block to jump to', () => {
    const d = reportDoc(title('报告'), paragraph('正文'));
    expect(emptyFieldItems({ ...filled, superior: '' }, d)).toMatchObject([{ field: 'superior', blockIndex: null }]);
  });
});
