import { Mark, mergeAttributes } from '@tiptap/core';

/**
 * Where inserted example text came from (report title + heading path), shown on hover until the
 * user edits the text. Never exported.
 */
export const SourceMark = Mark.create({
  name: 'source',
  inclusive: false,
  excludes: '',
  addAttributes() {
    return {
      report: { default: '', parseHTML: (el) => el.getAttribute('data-source-report') ?? '' },
      heading: { default: '', parseHTML: (el) => el.getAttribute('data-source-heading') ?? '' },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-source-report]' }];
  },
  renderHTML({ HTMLAttributes }) {
    const { report, heading, ...rest } = HTMLAttributes as { report: string; heading: string };
    return [
      'span',
      mergeAttributes(rest, {
        class: 'from-source',
        'data-source-report': report,
        'data-source-heading': heading,
        title: `来源：${report}${heading ? ` › ${heading}` : ''}（编辑后此提示消失）`,
      }),
      0,
    ];
  },
});
