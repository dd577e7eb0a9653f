/**
 * Rule `empty-field`: each of the four fill-in fields (单位名称, 报告年度, 上级机关, 落款日期) that
 * is empty (or, for the date, not a valid date) is an error, since the export would print its
 * placeholder (××××). The item points at the first block using the field (报告年度 also covers
 * 下一年度), or at no block when the document does not use it.
 */
import { FIELD_LABELS, fieldPlaceholder, resolveField, type FieldName } from '../../model/fields.ts';
import { itemId, type CheckRule } from '../rule.ts';
import type { CheckItem } from '../types.ts';

const CHECKED_FIELDS = ['unit', 'year', 'superior', 'date'] as const;

/** Field nodes that show a field's value: 下一年度 is derived from 报告年度. */
const SHOWN_BY: Readonly<Record<(typeof CHECKED_FIELDS)[number], readonly FieldName[]>> = {
  unit: ['unit'],
  year: ['year', 'nextYear'],
  superior: ['superior'],
  date: ['date'],
};

export const emptyFields: CheckRule = ({ doc, fields }) => {
  const items: CheckItem[] = [];
  for (const name of CHECKED_FIELDS) {
    if (resolveField(name, fields) !== '') continue;
    const label = FIELD_LABELS[name];
    const index = doc.content.findIndex((block) => block.content?.some((n) => n.type === 'field' && SHOWN_BY[name].includes(n.attrs.name)));
    const malformed = name === 'date' && fields.date.trim() !== '';
    items.push({
      id: itemId('empty-field', null, name),
      rule: 'empty-field',
      severity: 'error',
      message: malformed ? `“${label}”的格式不正确，请重新选择日期。` : `“${label}”还没有填写，导出的报告中将显示为“${fieldPlaceholder(name)}”。`,
      blockIndex: index >= 0 ? index : null,
      field: name,
    });
  }
  return items;
};
