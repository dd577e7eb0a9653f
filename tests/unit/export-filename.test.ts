import { describe, expect, it } from 'vitest';
import { docxFileName } from '../../src/export/docx/fileName.ts';

describe('docxFileName', () => {
  it.each([
    { name: 'unit and year', unit: '县司法局', year: 2024, expected: '县司法局2024年度法治政府建设工作报告.docx' },
    { name: 'no unit', unit: '', year: 2024, expected: '2024年度法治政府建设工作报告.docx' },
    { name: 'no year', unit: '县司法局', year: null, expected: '县司法局法治政府建设工作报告.docx' },
    { name: 'nothing filled in', unit: '', year: null, expected: '法治政府建设工作报告.docx' },
    { name: 'blank unit', unit: ' 　 ', year: null, expected: '法治政府建设工作报告.docx' },
    { name: 'Windows-illegal characters', unit: 'XX市<教育>局:"办公室"/|?*\\', year: 2023, expected: 'XX市教育局办公室2023年度法治政府建设工作报告.docx' },
    { name: 'control characters and newlines', unit: '县\n司法\t局\u0000', year: 2023, expected: '县司法局2023年度法治政府建设工作报告.docx' },
    { name: 'leading dots and trailing spaces', unit: '..县统计局 . ', year: 2023, expected: '县统计局2023年度法治政府建设工作报告.docx' },
    {
      name: 'full-width punctuation kept',
      unit: '中共XX县委（县政府）办公室',
      year: 2023,
      expected: '中共XX县委（县政府）办公室2023年度法治政府建设工作报告.docx',
    },
  ])('$name → $expected', ({ unit, year, expected }) => {
    expect(docxFileName({ unit, year })).toBe(expected);
  });

  it('keeps a very long unit name under 255 bytes', () => {
    const name = docxFileName({ unit: '很'.repeat(300), year: 2024 });
    expect(new TextEncoder().encode(name).length).toBeLessThan(255);
    expect(name.endsWith('2024年度法治政府建设工作报告.docx')).toBe(true);
  });

  it('never names the file "undefined" or "null"', () => {
    expect(docxFileName({ unit: '', year: Number.NaN })).toBe('法治政府建设工作报告.docx');
  });
});
