/**
 * Rule `flag`: text inserted from an example still carries `flag` marks — another unit's name,
 * its people's and villages' names, its figures, its self-references (我局), its blanks. Each
 * maximal flagged run is one item. Another unit's name, a person's or village's name, a copied
 * figure and a blank are errors (they would be wrong in print); a self-reference is a warning
 * (我局 may well fit the user's unit too).
 */
import type { FlagKind } from '../../model/schema.ts';
import { excerpt, itemId, type CheckRule } from '../rule.ts';
import type { CheckItem, Severity } from '../types.ts';

const FLAG_RULES: Readonly<Record<FlagKind, { severity: Severity; message: (text: string) => string }>> = {
  unit: {
    severity: 'error',
    message: (t) => `“${t}”是范文中其他单位的名称，请改为本单位名称或删除。`,
  },
  name: {
    severity: 'error',
    message: (t) => `“${t}”是范文中的人名或村（社区）名，请改为本单位的实际情况或删除。`,
  },
  figure: {
    severity: 'error',
    message: (t) => `“${t}”是范文中的数据，请核实后改为本单位的实际数据。`,
  },
  stale: {
    severity: 'error',
    message: (t) => `“${t}”是去年报告中的数字（去年数字，请更新），请改为今年的实际数据。`,
  },
  blank: {
    severity: 'error',
    message: (t) => `“${t}”是范文中待填写的空白，请填写实际内容。`,
  },
  self: {
    severity: 'warning',
    message: (t) => `“${t}”是范文单位的自称，请确认是否适用于本单位。`,
  },
};

export const flags: CheckRule = ({ blocks }) => {
  const items: CheckItem[] = [];
  for (const block of blocks) {
    for (const span of block.flags) {
      const rule = FLAG_RULES[span.kind];
      items.push({
        id: itemId('flag', block.index, span.from),
        rule: 'flag',
        severity: rule.severity,
        message: rule.message(excerpt(span.text, 20)),
        blockIndex: block.index,
        from: span.from,
        to: span.to,
      });
    }
  }
  return items;
};
