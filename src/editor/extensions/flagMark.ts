import { Mark, mergeAttributes } from '@tiptap/core';
import type { FlagKind } from '../../model/schema.ts';

export const FLAG_TITLES: Readonly<Record<FlagKind, string>> = {
  blank: '待填写：XX 是原文隐去的名称或数字',
  unit: '其他单位的名称，请改为本单位',
  name: '范文中的人名或村（社区）名，请改为本单位的实际情况',
  self: '自称（本局/我镇等）可能与本单位不符',
  figure: '来自其他单位的数字，请核实改为本单位数据',
  stale: '去年数字，请更新',
};

/**
 * Highlights text the user must check after inserting an example paragraph (XX blanks, other
 * units' names, people's and villages' names, self references, figures). An editing aid only:
 * the export ignores it, and editing the text removes it (see editClearsMarks).
 */
export const FlagMark = Mark.create({
  name: 'flag',
  inclusive: false,
  excludes: '',
  addAttributes() {
    return {
      kind: {
        default: 'blank',
        parseHTML: (el) => el.getAttribute('data-flag') ?? 'blank',
        renderHTML: (attrs) => ({ 'data-flag': attrs.kind, title: FLAG_TITLES[attrs.kind as FlagKind] ?? '' }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'mark[data-flag]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['mark', mergeAttributes(HTMLAttributes, { class: 'flag' }), 0];
  },
});
