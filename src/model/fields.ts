/** The fill-in fields of a draft. They resolve wherever a `field` node sits in the document. */
export interface ReportFields {
  /** 单位名称, e.g. 县司法局. Empty string when not filled yet. */
  readonly unit: string;
  /** 报告年度 (the year reported on), e.g. 2024; null when not filled yet. */
  readonly year: number | null;
  /** 上级机关, e.g. 县委、县政府. */
  readonly superior: string;
  /** 落款日期 as ISO `YYYY-MM-DD`, or '' when not filled yet. */
  readonly date: string;
}

/** Years a report can plausibly be about; anything else is a typo or garbage. */
export const REPORT_YEAR_MIN = 1949;
export const REPORT_YEAR_MAX = 2999;

export const FIELD_NAMES = ['unit', 'year', 'nextYear', 'superior', 'date'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export const FIELD_LABELS: Readonly<Record<FieldName, string>> = {
  unit: '单位名称',
  year: '报告年度',
  nextYear: '下一年度',
  superior: '上级机关',
  date: '落款日期',
};

export const EMPTY_FIELDS: ReportFields = { unit: '', year: null, superior: '', date: '' };

export function isFieldName(value: unknown): value is FieldName {
  return typeof value === 'string' && (FIELD_NAMES as readonly string[]).includes(value);
}

/**
 * Formats an ISO date the official way (GB/T 9704-2012 7.3.5.2): Arabic digits, year in full,
 * no leading zeros — `2024-03-01` → `2024年3月1日`. Returns '' for an empty or malformed date.
 */
export function formatOfficialDate(iso: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso.trim());
  if (!m) return '';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return '';
  return `${year}年${month}月${day}日`;
}

/**
 * The value of a field as text, or '' when it is empty. Callers decide how an empty field
 * shows: the editor draws a visible blank, the export writes {@link fieldPlaceholder}.
 */
export function resolveField(name: FieldName, fields: ReportFields): string {
  switch (name) {
    case 'unit':
      return fields.unit.trim();
    case 'year':
      return fields.year === null ? '' : String(fields.year);
    case 'nextYear':
      return fields.year === null ? '' : String(fields.year + 1);
    case 'superior':
      return fields.superior.trim();
    case 'date':
      return formatOfficialDate(fields.date);
  }
}

/**
 * What stands in the text for a field that is still empty: a run of full-width spaces
 * a reader can fill by hand on paper (never "undefined"), sized to the usual content.
 */
export function fieldPlaceholder(name: FieldName): string {
  switch (name) {
    case 'unit':
      return '××××';
    case 'year':
    case 'nextYear':
      return '××××';
    case 'superior':
      return '××××';
    case 'date':
      return '××××年××月××日';
  }
}

/** Field value, or its placeholder when empty. */
export function fieldText(name: FieldName, fields: ReportFields): string {
  return resolveField(name, fields) || fieldPlaceholder(name);
}
