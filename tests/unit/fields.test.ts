import { describe, expect, it } from 'vitest';
import {
  EMPTY_FIELDS,
  FIELD_NAMES,
  fieldText,
  formatOfficialDate,
  isFieldName,
  resolveField,
  type FieldName,
  type ReportFields,
} from '../../src/model/fields.ts';

describe('formatOfficialDate (GB/T 9704-2012 7.3.5.2: no leading zeros)', () => {
  const cases: Array<[string, string]> = [
    ['2024-03-01', '2024年3月1日'],
    ['2024-12-31', '2024年12月31日'],
    ['2025-10-09', '2025年10月9日'],
    ['2024-3-1', '2024年3月1日'],
    [' 2024-03-01 ', '2024年3月1日'],
    ['', ''],
    ['2024-13-01', ''],
    ['2024-00-10', ''],
    ['2024-01-32', ''],
    ['2024/03/01', ''],
    ['2024年3月1日', ''],
    ['not a date', ''],
  ];
  it.each(cases)('%j → %j', (iso, expected) => {
    expect(formatOfficialDate(iso)).toBe(expected);
  });
});

const filled: ReportFields = { unit: ' 县司法局 ', year: 2024, superior: '县委、县政府', date: '2025-02-28' };

describe('resolveField', () => {
  const cases: Array<[FieldName, ReportFields, string]> = [
    ['unit', filled, '县司法局'],
    ['year', filled, '2024'],
    ['nextYear', filled, '2025'],
    ['superior', filled, '县委、县政府'],
    ['date', filled, '2025年2月28日'],
    ['unit', EMPTY_FIELDS, ''],
    ['year', EMPTY_FIELDS, ''],
    ['nextYear', EMPTY_FIELDS, ''],
    ['superior', { ...EMPTY_FIELDS, superior: '   ' }, ''],
    ['date', { ...EMPTY_FIELDS, date: '2025-02-30x' }, ''],
    ['nextYear', { ...EMPTY_FIELDS, year: 1999 }, '2000'],
  ];
  it.each(cases)('%s of %j → %j', (name, fields, expected) => {
    expect(resolveField(name, fields)).toBe(expected);
  });
});

describe('fieldText: the value, or a placeholder a reader can fill by hand', () => {
  it.each(FIELD_NAMES.map((n) => [n]))('empty %s never prints undefined or an empty string', (name) => {
    const t = fieldText(name, EMPTY_FIELDS);
    expect(t).not.toBe('');
    expect(t).not.toMatch(/undefined|null/);
    expect(t).toMatch(/×/);
  });
  it('prints the value when filled', () => {
    expect(fieldText('date', filled)).toBe('2025年2月28日');
    expect(fieldText('unit', filled)).toBe('县司法局');
  });
});

describe('isFieldName', () => {
  it.each([
    ['unit', true],
    ['nextYear', true],
    ['title', false],
    ['', false],
    [1, false],
    [null, false],
  ] as Array<[unknown, boolean]>)('%j → %s', (value, expected) => {
    expect(isFieldName(value)).toBe(expected);
  });
});
